using System.Text.Json;
using AutoMapper;
using Booking.Api.Contracts.Bookings;
using Booking.Api.Contracts.Slots;
using Booking.Application.Bookings;
using Booking.Application.Bookings.Commands.CancelBooking;
using Booking.Application.Bookings.Commands.HoldSlot;
using Booking.Application.Bookings.Commands.RescheduleBooking;
using Booking.Application.Bookings.Queries.GetAvailableSlots;
using Booking.Domain.Bookings;

namespace Booking.Api.FunctionalTests.Contracts;

public sealed class LifecycleContractsProfileTests
{
    private static readonly IMapper Mapper = new MapperConfiguration(config => config.AddMaps(typeof(BookingContractsProfile).Assembly)).CreateMapper();

    private static readonly DateTimeOffset Start = new(2030, 9, 10, 13, 0, 0, TimeSpan.Zero);

    private static BookingResult Result(BookingStatus status) => new()
    {
        ReservationId = "uid-1",
        Status = status,
        Start = Start,
        End = Start.AddMinutes(30),
        EventTypeId = 3139331,
        AttendeeName = "Jane",
        AttendeeEmail = "jane@example.com",
    };

    [TestCase(BookingStatus.Confirmed, "confirmed")]
    [TestCase(BookingStatus.Pending, "pending")]
    [TestCase(BookingStatus.Cancelled, "cancelled")]
    [TestCase(BookingStatus.Rejected, "rejected")]
    public void Map_BookingResult_WritesTheCreateShapeWithItsStatus(BookingStatus status, string expected)
    {
        var response = Mapper.Map<BookingResponse>(Result(status));

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
        var plain = JsonSerializer.Serialize(Mapper.Map<BookingResponse>(Result(BookingStatus.Confirmed)), JsonSerializerOptions.Web);
        var moved = JsonSerializer.Serialize(Mapper.Map<BookingResponse>(Result(BookingStatus.Cancelled) with { RescheduledTo = "uid-2" }), JsonSerializerOptions.Web);

        Assert.That(plain, Does.Not.Contain("rescheduled"));
        Assert.That(moved, Does.EndWith(""","rescheduledTo":"uid-2"}""").And.Not.Contain("rescheduledFrom"));
    }

    [Test]
    public void Map_CancelAndRescheduleBodies_KeepEveryValueAsSent()
    {
        var cancel = Mapper.Map<CancelBookingCommand>(new CancelBookingRequest { Reason = "Changed plans" });
        var reschedule = Mapper.Map<RescheduleBookingCommand>(new RescheduleBookingRequest { Start = "2030-09-10T13:00:00Z", End = "2030-09-10T13:30:00Z", Reason = "Clash" });

        Assert.That(cancel, Is.EqualTo(new CancelBookingCommand { Reason = "Changed plans" }));
        Assert.That(reschedule, Is.EqualTo(new RescheduleBookingCommand { Start = "2030-09-10T13:00:00Z", End = "2030-09-10T13:30:00Z", Reason = "Clash" }));
    }

    [Test]
    public void Map_SlotQuery_RenamesTimezone()
    {
        var query = Mapper.Map<GetAvailableSlotsQuery>(new AvailableSlotsRequest { EventTypeId = "3139331", Start = "2030-09-10", End = "2030-09-11", Timezone = "Europe/Berlin" });

        Assert.That(query, Is.EqualTo(new GetAvailableSlotsQuery { EventTypeId = "3139331", Start = "2030-09-10", End = "2030-09-11", TimeZone = "Europe/Berlin" }));
    }

    [Test]
    public void Map_SlotsResult_WritesUtcAndLocalTimesPerDay()
    {
        var newYork = TimeSpan.FromHours(-4);
        var result = new AvailableSlotsResult
        {
            EventTypeId = 3139331,
            TimeZone = "America/New_York",
            Days =
            [
                new AvailableDay
                {
                    Date = new DateOnly(2030, 9, 10),
                    Slots = [new AvailableSlot { Start = Start, End = Start.AddMinutes(30), LocalStart = Start.ToOffset(newYork), LocalEnd = Start.AddMinutes(30).ToOffset(newYork) }],
                },
            ],
        };

        var response = Mapper.Map<AvailableSlotsResponse>(result);

        Assert.That(response.EventTypeId, Is.EqualTo("3139331"));
        Assert.That(response.Timezone, Is.EqualTo("America/New_York"));
        Assert.That(response.Days.Single().Date, Is.EqualTo("2030-09-10"));
        Assert.That(response.Days.Single().Slots.Single(), Is.EqualTo(new AvailableSlotResponse
        {
            Start = "2030-09-10T13:00:00.000Z",
            End = "2030-09-10T13:30:00.000Z",
            LocalStart = "2030-09-10T09:00:00.000-04:00",
            LocalEnd = "2030-09-10T09:30:00.000-04:00",
        }));
    }

    [Test]
    public void Map_HoldRequestAndResult_KeepTheValues()
    {
        var command = Mapper.Map<HoldSlotCommand>(new HoldSlotRequest { EventTypeId = "3139332", Start = "2030-09-10T13:00:00Z", DurationMinutes = 60 });
        var response = Mapper.Map<SlotHoldResponse>(new SlotHoldResult
        {
            HoldId = "hold-1",
            EventTypeId = 3139332,
            Start = Start,
            End = Start.AddMinutes(60),
            ExpiresAt = new DateTimeOffset(2030, 9, 1, 10, 5, 0, TimeSpan.Zero),
        });

        Assert.That(command, Is.EqualTo(new HoldSlotCommand { EventTypeId = "3139332", Start = "2030-09-10T13:00:00Z", DurationMinutes = 60 }));
        Assert.That(response, Is.EqualTo(new SlotHoldResponse
        {
            HoldId = "hold-1",
            EventTypeId = "3139332",
            Start = "2030-09-10T13:00:00.000Z",
            End = "2030-09-10T14:00:00.000Z",
            ExpiresAt = "2030-09-01T10:05:00.000Z",
        }));
    }
}
