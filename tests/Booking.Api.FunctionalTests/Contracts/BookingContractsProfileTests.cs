using System.Text.Json;
using AutoMapper;
using AutoMapper.Internal;
using Booking.Api.Contracts.Bookings;
using Booking.Application.Bookings;
using Booking.Application.Bookings.Commands.CreateBooking;
using Booking.Domain.Bookings;

namespace Booking.Api.FunctionalTests.Contracts;

public sealed class BookingContractsProfileTests
{
    // Every profile of the API, as Program.cs loads them.
    private static readonly MapperConfiguration Configuration = new(config => config.AddMaps(typeof(BookingContractsProfile).Assembly));

    [Test]
    public void Configuration_IsValid() => Configuration.AssertConfigurationIsValid();

    [Test]
    public void Configuration_HasEveryProfile() =>
        Assert.That(Configuration.Internal().Profiles.Select(p => p.Name), Is.SupersetOf(new[]
        {
            typeof(BookingContractsProfile).FullName,
            typeof(BookingLifecycleContractsProfile).FullName,
            typeof(Booking.Api.Contracts.Slots.SlotContractsProfile).FullName,
        }));

    [Test]
    public void Map_RequestToCommand_KeepsEveryValueAsSent()
    {
        var request = new ReserveSlotRequest
        {
            EventTypeId = "3139331",
            Start = "2030-01-08T14:00:00Z",
            End = "2030-01-08T14:30:00Z",
            Attendee = new AttendeeRequest { Name = "Jane", Email = "jane@example.com" },
            Timezone = "Europe/Berlin",
            Metadata = new Dictionary<string, JsonElement> { ["seats"] = JsonSerializer.SerializeToElement(3) },
        };

        var command = Configuration.CreateMapper().Map<CreateBookingCommand>(request);

        Assert.Multiple(() =>
        {
            Assert.That(command.EventTypeId, Is.EqualTo("3139331"));
            Assert.That(command.Start, Is.EqualTo("2030-01-08T14:00:00Z"));
            Assert.That(command.End, Is.EqualTo("2030-01-08T14:30:00Z"));
            Assert.That(command.Attendee, Is.EqualTo(new AttendeeInput { Name = "Jane", Email = "jane@example.com" }));
            Assert.That(command.TimeZone, Is.EqualTo("Europe/Berlin"));
            Assert.That(command.Metadata!["seats"].GetInt32(), Is.EqualTo(3));
        });
    }

    [Test]
    public void Map_ResultToResponse_WritesTheSpecShape()
    {
        var result = new BookingResult
        {
            ReservationId = "uid-1",
            Status = BookingStatus.Pending,
            Start = new DateTimeOffset(2030, 1, 8, 14, 0, 0, TimeSpan.Zero),
            End = new DateTimeOffset(2030, 1, 8, 14, 30, 0, TimeSpan.Zero),
            EventTypeId = 3139331,
            AttendeeName = "Jane",
            AttendeeEmail = "jane@example.com",
        };

        var response = Configuration.CreateMapper().Map<ReserveSlotResponse>(result);

        Assert.That(response, Is.EqualTo(new ReserveSlotResponse
        {
            ReservationId = "uid-1",
            Status = "pending",
            EventDetails = new EventDetailsResponse { Start = "2030-01-08T14:00:00.000Z", End = "2030-01-08T14:30:00.000Z", EventTypeId = "3139331" },
            Attendee = new AttendeeResponse { Name = "Jane", Email = "jane@example.com" },
        }));
    }
}
