using Booking.Domain.Bookings;
using Booking.Domain.Common;
using Booking.Domain.EventTypes;

namespace Booking.Domain.UnitTests.EventTypes;

public sealed class EventTypeTests
{
    private static readonly DateTimeOffset Start = new(2030, 1, 8, 13, 0, 0, TimeSpan.Zero);

    private static readonly EventType SingleLength = new() { Id = EventTypeId.From(3139331), LengthInMinutes = 30 };

    private static readonly EventType SeveralLengths = new()
    {
        Id = EventTypeId.From(3139332),
        LengthInMinutes = 30,
        LengthInMinutesOptions = [15, 30, 60],
    };

    private static TimeSlot Minutes(double minutes) => TimeSlot.Create(Start, Start.AddMinutes(minutes));

    [Test]
    public void EnsureCanBook_WhenTheLengthIsOffered_Passes()
    {
        Assert.That(() => SingleLength.EnsureCanBook(Minutes(30)), Throws.Nothing);
        Assert.That(() => SeveralLengths.EnsureCanBook(Minutes(60)), Throws.Nothing);
    }

    [TestCase(45, "end - start must be 30 minutes for event type 3139331; it is 45 minutes.")]
    [TestCase(30.5, "end - start must be 30 minutes for event type 3139331; it is 30.5 minutes.")]
    public void EnsureCanBook_WhenTheLengthIsNotOffered_ReportsEnd(double minutes, string message) =>
        Assert.That(() => SingleLength.EnsureCanBook(Minutes(minutes)),
            Throws.TypeOf<DomainException>().With.Property(nameof(DomainException.Field)).EqualTo("end").And.Message.EqualTo(message));

    [Test]
    public void EnsureCanBook_WhenItRepeats_ReportsEventTypeId() =>
        Assert.That(() => (SingleLength with { RecurrenceFrequency = "weekly" }).EnsureCanBook(Minutes(30)),
            Throws.TypeOf<DomainException>().With.Property(nameof(DomainException.Field)).EqualTo("eventTypeId")
                .And.Message.EqualTo("Event type 3139331 repeats weekly; this API books single meetings, not recurring series."));

    [Test]
    public void EnsureOffersLength_ListsEveryOfferedLength() =>
        Assert.That(() => SeveralLengths.EnsureOffersLength(20, "durationMinutes", "durationMinutes"),
            Throws.TypeOf<DomainException>().With.Message.EqualTo("durationMinutes must be 15, 30, 60 minutes for event type 3139332; it is 20 minutes."));

    [Test]
    public void EnsureRescheduleLength_AcceptsOnlyTheDefaultLength()
    {
        Assert.That(() => SeveralLengths.EnsureRescheduleLength(Minutes(30)), Throws.Nothing);
        Assert.That(() => SeveralLengths.EnsureRescheduleLength(Minutes(60)),
            Throws.TypeOf<DomainException>().With.Property(nameof(DomainException.Field)).EqualTo("end")
                .And.Message.StartWith("end - start must be 30 minutes, the default length of event type 3139332"));
    }

    [Test]
    public void AcceptsAttendeeDefinedLocation_OnlyWhenOffered()
    {
        Assert.That(SingleLength.AcceptsAttendeeDefinedLocation, Is.False);
        Assert.That((SingleLength with { LocationTypes = ["address", "attendeeDefined"] }).AcceptsAttendeeDefinedLocation, Is.True);
    }
}
