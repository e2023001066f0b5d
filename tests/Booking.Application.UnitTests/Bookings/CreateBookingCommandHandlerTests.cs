using Booking.Application.Bookings.Commands.CreateBooking;
using Booking.Application.Common.Failures;
using Booking.Application.Common.Interfaces;
using Booking.Domain.Bookings;
using Booking.Domain.Common;
using Booking.Domain.EventTypes;
using Microsoft.Extensions.Time.Testing;
using Moq;
using static Booking.Application.UnitTests.Bookings.CreateBookingInput;

namespace Booking.Application.UnitTests.Bookings;

public sealed class CreateBookingCommandHandlerTests
{
    private static readonly DateTimeOffset Start = TestBookings.Start;

    private readonly Mock<ICalComGateway> calCom = new(MockBehavior.Strict);
    private BookingAggregate? sent;
    private EventType? sentEventType;

    private CreateBookingCommandHandler Handler() => new(calCom.Object, new FakeTimeProvider(TestBookings.Now));

    private Task<BookingAggregate> HandleAsync(CreateBookingInput input) => Handler().Handle(input.ToCommand(), CancellationToken.None);

    private void EventTypeIs(EventType? eventType) =>
        calCom.Setup(g => g.FindEventTypeAsync(TestBookings.EventType, It.IsAny<CancellationToken>())).ReturnsAsync(eventType);

    private void CalComBooks(BookingStatus status = BookingStatus.Confirmed, int minutes = 30) =>
        calCom.Setup(g => g.CreateBookingAsync(It.IsAny<BookingAggregate>(), It.IsAny<EventType?>(), It.IsAny<CancellationToken>()))
            .Callback<BookingAggregate, EventType?, CancellationToken>((booking, eventType, _) => (sent, sentEventType) = (booking, eventType))
            .ReturnsAsync(TestBookings.Existing(status, minutes: minutes));

    private static EventType ThirtyMinutes() => new() { Id = TestBookings.EventType, LengthInMinutes = 30 };

    [Test]
    public async Task Handle_WhenCalComAccepts_ReturnsConfirmedBookingWithCalComTimes()
    {
        EventTypeIs(ThirtyMinutes());
        CalComBooks();

        var booking = await HandleAsync(Valid());

        Assert.Multiple(() =>
        {
            Assert.That(booking.Id, Is.EqualTo(TestBookings.Id));
            Assert.That(booking.Status, Is.EqualTo(BookingStatus.Confirmed));
            Assert.That(booking.Slot.Start, Is.EqualTo(Start));
            Assert.That(booking.Slot.End, Is.EqualTo(Start.AddMinutes(30)));
            Assert.That(booking.EventTypeId, Is.EqualTo(TestBookings.EventType));
            Assert.That(booking.Attendee.Email.Value, Is.EqualTo("jane.smith@example.com"));
        });
    }

    [Test]
    public async Task Handle_AsksCalComForTheRequestedBookingWithItsEventType()
    {
        var eventType = ThirtyMinutes();
        EventTypeIs(eventType);
        CalComBooks();

        await HandleAsync(Valid() with { Metadata = MetadataOf(("location", "Room A"), ("notes", "Bring ID"), ("priority", "high")) });

        Assert.Multiple(() =>
        {
            Assert.That(sentEventType, Is.SameAs(eventType));
            Assert.That(sent!.EventTypeId, Is.EqualTo(TestBookings.EventType));
            Assert.That(sent.Slot.Start, Is.EqualTo(Start));
            Assert.That(sent.Attendee.Name, Is.EqualTo("Jane Smith"));
            Assert.That(sent.Attendee.Email.Value, Is.EqualTo("jane.smith@example.com"));
            Assert.That(sent.Attendee.TimeZone, Is.EqualTo("America/New_York"));
            Assert.That(sent.Metadata.Notes, Is.EqualTo("Bring ID"));
            Assert.That(sent.Metadata.Location, Is.EqualTo("Room A"));
            Assert.That(sent.Metadata.Values.Keys, Is.EquivalentTo(new[] { "location", "notes", "priority" }));
        });
    }

    [Test]
    public async Task Handle_WhenNoTimeZoneGiven_UsesUtc()
    {
        EventTypeIs(ThirtyMinutes());
        CalComBooks();

        await HandleAsync(Valid() with { TimeZone = null });

        Assert.That(sent!.Attendee.TimeZone, Is.EqualTo("UTC"));
    }

    [Test]
    public async Task Handle_WhenEventTypeHasSeveralLengths_BooksTheChosenLength()
    {
        EventTypeIs(ThirtyMinutes() with { LengthInMinutesOptions = [15, 30, 60] });
        CalComBooks(minutes: 60);

        var booking = await HandleAsync(Valid() with { End = "2030-01-08T15:00:00Z" });

        Assert.That(sent!.Slot.Duration, Is.EqualTo(TimeSpan.FromMinutes(60)));
        Assert.That(booking.Slot.Duration, Is.EqualTo(TimeSpan.FromMinutes(60)));
    }

    [Test]
    public void Handle_WhenLengthNotOffered_FailsValidationWithoutBooking()
    {
        EventTypeIs(ThirtyMinutes());

        var thrown = Assert.ThrowsAsync<DomainException>(() => HandleAsync(Valid() with { End = "2030-01-08T14:45:00Z" }));

        Assert.That(FailureException.Of(thrown!)!.Errors.Single(),
            Is.EqualTo(new FieldError("end", "end - start must be 30 minutes for event type 3139331; it is 45 minutes.")));
        calCom.Verify(g => g.CreateBookingAsync(It.IsAny<BookingAggregate>(), It.IsAny<EventType?>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public void Handle_WhenEventTypeRepeats_FailsValidationWithoutBooking()
    {
        EventTypeIs(ThirtyMinutes() with { RecurrenceFrequency = "weekly" });

        var thrown = Assert.ThrowsAsync<DomainException>(() => HandleAsync(Valid()));

        Assert.That(FailureException.Of(thrown!)!.Errors.Single(), Is.EqualTo(new FieldError(
            "eventTypeId", "Event type 3139331 repeats weekly; this API books single meetings, not recurring series.")));
        calCom.Verify(g => g.CreateBookingAsync(It.IsAny<BookingAggregate>(), It.IsAny<EventType?>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public async Task Handle_WhenEventTypeCannotBeRead_LetsCalComDecideAndReportsWhatItBooked()
    {
        EventTypeIs(null);
        CalComBooks(minutes: 30);

        var booking = await HandleAsync(Valid() with { End = "2030-01-08T14:45:00Z" });

        Assert.Multiple(() =>
        {
            Assert.That(sentEventType, Is.Null);
            Assert.That(booking.Slot.End, Is.EqualTo(Start.AddMinutes(30)), "the times Cal.com actually booked");
        });
    }

    [Test]
    public async Task Handle_WhenHostMustConfirm_ReturnsPending()
    {
        EventTypeIs(ThirtyMinutes());
        CalComBooks(BookingStatus.Pending);

        var booking = await HandleAsync(Valid());

        Assert.That(booking.Status, Is.EqualTo(BookingStatus.Pending));
    }

    [Test]
    public void Handle_WhenSlotTaken_PropagatesSlotUnavailable()
    {
        EventTypeIs(ThirtyMinutes());
        calCom.Setup(g => g.CreateBookingAsync(It.IsAny<BookingAggregate>(), It.IsAny<EventType?>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new FailureException(FailureKind.SlotUnavailable, "taken"));

        var thrown = Assert.ThrowsAsync<FailureException>(() => HandleAsync(Valid()));
        Assert.That(thrown!.Kind, Is.EqualTo(FailureKind.SlotUnavailable));
    }
}
