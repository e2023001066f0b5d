using AutoMapper;
using Booking.Api.Contracts.Bookings;
using Booking.Api.Contracts.Slots;
using Booking.Application.Bookings.Commands.HoldSlot;
using Booking.Application.Bookings.Queries.GetAvailableSlots;
using Booking.Domain.Bookings;
using Booking.Domain.Slots;

namespace Booking.Api.FunctionalTests.Contracts;

public sealed class SlotContractsProfileTests
{
    private static readonly MapperConfiguration Configuration = new(config => config.AddProfile<SlotContractsProfile>());
    private static readonly IMapper Mapper = Configuration.CreateMapper();

    private static readonly DateTimeOffset Start = new(2030, 9, 10, 13, 0, 0, TimeSpan.Zero);

    [Test]
    public void Configuration_IsValid() => Configuration.AssertConfigurationIsValid();

    [Test]
    public void Map_SlotQuery_ReadsTheWindowInTheRequestedZone()
    {
        var query = Mapper.Map<GetAvailableSlotsQuery>(new AvailableSlotsRequest { EventTypeId = "3139331", Start = "2030-09-10", End = "2030-09-11", Timezone = "Europe/Berlin" });

        Assert.Multiple(() =>
        {
            Assert.That(query.EventTypeId.Value, Is.EqualTo(EventTypeId.From(3139331)));
            Assert.That(query.TimeZone.Value.Id, Is.EqualTo("Europe/Berlin"));
            Assert.That(query.Window.Value.From, Is.EqualTo(new DateTimeOffset(2030, 9, 9, 22, 0, 0, TimeSpan.Zero)));
            Assert.That(query.Window.Value.To, Is.EqualTo(new DateTimeOffset(2030, 9, 11, 22, 0, 0, TimeSpan.Zero)));
        });
    }

    [Test]
    public void Map_SlotQuery_WhenTheZoneIsInvalid_ReadsTheWindowInUtcAndReportsTheZone()
    {
        var query = Mapper.Map<GetAvailableSlotsQuery>(new AvailableSlotsRequest { EventTypeId = "3139331", Start = "2030-09-10", End = "2030-09-10", Timezone = "Mars/Olympus" });

        Assert.Multiple(() =>
        {
            Assert.That(query.TimeZone.Errors.Single().Field, Is.EqualTo("timezone"));
            Assert.That(query.Window.Value.From, Is.EqualTo(new DateTimeOffset(2030, 9, 10, 0, 0, 0, TimeSpan.Zero)));
        });
    }

    [Test]
    public void Map_SlotsResult_WritesUtcAndLocalTimesPerDay()
    {
        var newYork = TimeSpan.FromHours(-4);
        var result = new AvailableSlotsResult
        {
            EventTypeId = EventTypeId.From(3139331),
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
    public void Map_HoldRequestAndHold_KeepTheValues()
    {
        var command = Mapper.Map<HoldSlotCommand>(new HoldSlotRequest { EventTypeId = "3139332", Start = "2030-09-10T13:00:00Z", DurationMinutes = 60 });
        var response = Mapper.Map<SlotHoldResponse>(new SlotHold
        {
            Id = "hold-1",
            EventTypeId = EventTypeId.From(3139332),
            Slot = TimeSlot.Create(Start, Start.AddMinutes(60)),
            ExpiresAt = new DateTimeOffset(2030, 9, 1, 10, 5, 0, TimeSpan.Zero),
        });

        Assert.Multiple(() =>
        {
            Assert.That(command.EventTypeId.Value, Is.EqualTo(EventTypeId.From(3139332)));
            Assert.That(command.Start.Value, Is.EqualTo(Start));
            Assert.That(command.DurationMinutes, Is.EqualTo(60));
        });
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
