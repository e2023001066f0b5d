using System.Text.Json;
using AutoMapper;
using AutoMapper.Internal;
using Booking.Api.Contracts.Bookings;
using Booking.Api.Contracts.Slots;
using Booking.Application.Bookings.Commands.CancelBooking;
using Booking.Application.Bookings.Commands.CreateBooking;
using Booking.Application.Bookings.Commands.RescheduleBooking;
using Booking.Domain.Bookings;
using Booking.Domain.Common;

namespace Booking.Api.FunctionalTests.Contracts;

public sealed class BookingContractsProfileTests
{
    // Every profile of the API, as Program.cs loads them.
    private static readonly MapperConfiguration Configuration = new(config => config.AddMaps(typeof(BookingContractsProfile).Assembly));
    private static readonly IMapper Mapper = Configuration.CreateMapper();

    private static readonly DateTimeOffset Start = new(2030, 9, 10, 13, 0, 0, TimeSpan.Zero);

    private static BookingAggregate Booking(BookingStatus status, string? rescheduledTo = null) => BookingAggregate.Existing(
        ReservationId.From("uid-1"),
        status,
        EventTypeId.From(3139331),
        TimeSlot.Create(Start, Start.AddMinutes(30)),
        Attendee.Restore("Jane", EmailAddress.From("jane@example.com"), "UTC"),
        rescheduledTo: rescheduledTo is null ? null : ReservationId.From(rescheduledTo));

    [Test]
    public void Configuration_IsValid() => Configuration.AssertConfigurationIsValid();

    [Test]
    public void Configuration_HasEveryProfile() =>
        Assert.That(Configuration.Internal().Profiles.Select(p => p.Name), Is.SupersetOf(new[]
        {
            typeof(BookingContractsProfile).FullName,
            typeof(SlotContractsProfile).FullName,
        }));

    [Test]
    public void Map_CreateRequestToCommand_ReadsEveryValue()
    {
        var request = new CreateBookingRequest
        {
            EventTypeId = "3139331",
            Start = "2030-01-08T14:00:00Z",
            End = "2030-01-08T14:30:00Z",
            Attendee = new AttendeeRequest { Name = "Jane", Email = "jane@example.com" },
            Timezone = "Europe/Berlin",
            Metadata = new Dictionary<string, JsonElement> { ["seats"] = JsonSerializer.SerializeToElement(3) },
        };

        var command = Mapper.Map<CreateBookingCommand>(request);

        Assert.Multiple(() =>
        {
            Assert.That(command.EventTypeId.Value, Is.EqualTo(EventTypeId.From(3139331)));
            Assert.That(command.Slot.Value, Is.EqualTo(TimeSlot.Create(new DateTimeOffset(2030, 1, 8, 14, 0, 0, TimeSpan.Zero), new DateTimeOffset(2030, 1, 8, 14, 30, 0, TimeSpan.Zero))));
            Assert.That(command.Attendee.Value.Name, Is.EqualTo("Jane"));
            Assert.That(command.Attendee.Value.Email.Value, Is.EqualTo("jane@example.com"));
            Assert.That(command.Attendee.Value.TimeZone, Is.EqualTo("Europe/Berlin"));
            Assert.That(command.Metadata.Value.Values["seats"], Is.EqualTo("3"));
        });
    }

    [Test]
    public void Map_CreateRequestToCommand_KeepsWhatCouldNotBeRead()
    {
        var command = Mapper.Map<CreateBookingRequest, CreateBookingCommand>(new CreateBookingRequest { EventTypeId = "12.5", Start = "2030-01-08T14:00:00" });

        Assert.Multiple(() =>
        {
            Assert.That(command.EventTypeId.Errors.Select(e => e.Field), Is.EqualTo(new[] { "eventTypeId" }));
            Assert.That(command.Slot.Errors.Select(e => e.Field), Is.EqualTo(new[] { "start", "end" }));
            Assert.That(command.Attendee.Errors.Select(e => e.Field), Is.EqualTo(new[] { "attendee" }));
            Assert.That(command.Metadata.IsValid, Is.True);
        });
    }

    [TestCase("1", "1")]
    [TestCase("1e3", "1000")]
    [TestCase("0.5", "0.5")]
    [TestCase("-7", "-7")]
    [TestCase("true", "true")]
    [TestCase("false", "false")]
    [TestCase("\"text\"", "text")]
    public void Map_MetadataValues_BecomeTheirCanonicalText(string json, string text)
    {
        var request = new CreateBookingRequest { Metadata = new Dictionary<string, JsonElement> { ["k"] = JsonDocument.Parse(json).RootElement } };

        Assert.That(Mapper.Map<CreateBookingCommand>(request).Metadata.Value.Values["k"], Is.EqualTo(text));
    }

    [TestCase("{\"a\":1}")]
    [TestCase("[1]")]
    [TestCase("null")]
    [TestCase("1e309")]
    public void Map_MetadataValuesThatAreNoText_AreReportedByKey(string json)
    {
        var request = new CreateBookingRequest { Metadata = new Dictionary<string, JsonElement> { ["k"] = JsonDocument.Parse(json).RootElement } };

        Assert.That(Mapper.Map<CreateBookingCommand>(request).Metadata.Errors.Select(e => e.Field), Is.EqualTo(new[] { "metadata.k" }));
    }

    [TestCase(BookingStatus.Confirmed, "confirmed")]
    [TestCase(BookingStatus.Pending, "pending")]
    [TestCase(BookingStatus.Cancelled, "cancelled")]
    [TestCase(BookingStatus.Rejected, "rejected")]
    public void Map_Booking_WritesTheSpecShapeWithItsStatus(BookingStatus status, string expected)
    {
        var response = Mapper.Map<BookingResponse>(Booking(status));

        Assert.That(response, Is.EqualTo(new BookingResponse
        {
            ReservationId = "uid-1",
            Status = expected,
            EventDetails = new EventDetailsResponse { Start = "2030-09-10T13:00:00.000Z", End = "2030-09-10T13:30:00.000Z", EventTypeId = "3139331" },
            Attendee = new AttendeeResponse { Name = "Jane", Email = "jane@example.com" },
        }));
    }

    [Test]
    public void Serialize_BookingResponse_LeavesOutLinksThatDoNotApply()
    {
        var plain = JsonSerializer.Serialize(Mapper.Map<BookingResponse>(Booking(BookingStatus.Confirmed)), JsonSerializerOptions.Web);
        var moved = JsonSerializer.Serialize(Mapper.Map<BookingResponse>(Booking(BookingStatus.Cancelled, rescheduledTo: "uid-2")), JsonSerializerOptions.Web);

        Assert.That(plain, Does.Not.Contain("rescheduled"));
        Assert.That(moved, Does.EndWith(""","rescheduledTo":"uid-2"}""").And.Not.Contain("rescheduledFrom"));
    }

    [Test]
    public void Map_CancelAndRescheduleBodies_ReadEveryValue()
    {
        var cancel = Mapper.Map<CancelBookingCommand>(new CancelBookingRequest { Reason = " Changed plans " });
        var reschedule = Mapper.Map<RescheduleBookingCommand>(new RescheduleBookingRequest { Start = "2030-09-10T13:00:00Z", End = "2030-09-10T13:30:00Z", Reason = "Clash" });

        Assert.Multiple(() =>
        {
            Assert.That(cancel.Reason.Value, Is.EqualTo("Changed plans"));
            Assert.That(cancel.ReservationId, Is.Null, "the controller sets the id from the URL");
            Assert.That(reschedule.Slot.Value, Is.EqualTo(TimeSlot.Create(Start, Start.AddMinutes(30))));
            Assert.That(reschedule.Reason.Value, Is.EqualTo("Clash"));
        });
    }
}
