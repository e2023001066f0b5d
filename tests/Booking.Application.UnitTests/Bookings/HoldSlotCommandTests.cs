using Booking.Application.Bookings.Commands.HoldSlot;
using Booking.Application.Common.Failures;
using Booking.Application.Common.Interfaces;
using Booking.Domain.Bookings;
using Booking.Domain.Common;
using Booking.Domain.EventTypes;
using Booking.Domain.Slots;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace Booking.Application.UnitTests.Bookings;

public sealed class HoldSlotCommandTests
{
    private static readonly DateTimeOffset Start = new(2030, 1, 8, 14, 0, 0, TimeSpan.Zero);
    private static readonly EventTypeId EventTypeId = EventTypeId.From(3139332);

    private readonly Mock<ICalComGateway> calCom = new(MockBehavior.Strict);
    private (DateTimeOffset Start, int? Duration, EventType? EventType)? sent;

    private HoldSlotCommandHandler Handler() => new(calCom.Object);

    private static HoldSlotCommand Command(int? durationMinutes = null, string? start = "2030-01-08T15:00:00+01:00", string? eventTypeId = "3139332") => new()
    {
        EventTypeId = Domain.Bookings.EventTypeId.Parse(eventTypeId),
        Start = Iso8601.ParseInstant(start, "start"),
        DurationMinutes = durationMinutes,
    };

    private void EventTypeIs(EventType? eventType) =>
        calCom.Setup(g => g.FindEventTypeAsync(EventTypeId, It.IsAny<CancellationToken>())).ReturnsAsync(eventType);

    private static SlotHold Hold(int minutes = 30) => new()
    {
        Id = "e84be5a3-4696-49e3-acc7-b2f3999c3b94",
        EventTypeId = EventTypeId,
        Slot = TimeSlot.Create(Start, Start.AddMinutes(minutes)),
        ExpiresAt = TestBookings.Now.AddMinutes(5),
    };

    private void CalComHolds(int minutes = 30) =>
        calCom.Setup(g => g.HoldSlotAsync(EventTypeId, It.IsAny<DateTimeOffset>(), It.IsAny<int?>(), It.IsAny<EventType?>(), It.IsAny<CancellationToken>()))
            .Callback<EventTypeId, DateTimeOffset, int?, EventType?, CancellationToken>((_, start, duration, eventType, _) => sent = (start, duration, eventType))
            .ReturnsAsync(Hold(minutes));

    private static EventType SeveralLengths() => new() { Id = EventTypeId, LengthInMinutes = 30, LengthInMinutesOptions = [15, 30, 60] };

    [Test]
    public async Task Handle_WithoutDuration_HoldsTheDefaultLengthWithoutReadingTheEventType()
    {
        CalComHolds();

        var hold = await Handler().Handle(Command(), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(sent, Is.EqualTo((Start, (int?)null, (EventType?)null)));
            Assert.That(hold, Is.EqualTo(Hold()));
        });
    }

    [Test]
    public async Task Handle_WhenEventTypeOffersTheDuration_PassesItWithTheEventType()
    {
        var eventType = SeveralLengths();
        EventTypeIs(eventType);
        CalComHolds(60);

        await Handler().Handle(Command(60), CancellationToken.None);

        Assert.That(sent!.Value.Duration, Is.EqualTo(60));
        Assert.That(sent.Value.EventType, Is.SameAs(eventType));
    }

    [Test]
    public void Handle_WhenDurationNotOffered_FailsValidationWithoutHolding()
    {
        EventTypeIs(SeveralLengths());

        var thrown = Assert.ThrowsAsync<DomainException>(() => Handler().Handle(Command(45), CancellationToken.None));

        Assert.That(FailureException.Of(thrown!)!.Errors.Single(),
            Is.EqualTo(new FieldError("durationMinutes", "durationMinutes must be 15, 30, 60 minutes for event type 3139332; it is 45 minutes.")));
        calCom.Verify(g => g.HoldSlotAsync(It.IsAny<EventTypeId>(), It.IsAny<DateTimeOffset>(), It.IsAny<int?>(), It.IsAny<EventType?>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public async Task Handle_WhenEventTypeCannotBeRead_LetsCalComDecide()
    {
        EventTypeIs(null);
        CalComHolds(45);

        await Handler().Handle(Command(45), CancellationToken.None);

        Assert.That(sent, Is.EqualTo((Start, (int?)45, (EventType?)null)));
    }

    [Test]
    public void Handle_WhenSlotBookedOrHeld_PropagatesSlotUnavailable()
    {
        calCom.Setup(g => g.HoldSlotAsync(It.IsAny<EventTypeId>(), It.IsAny<DateTimeOffset>(), It.IsAny<int?>(), It.IsAny<EventType?>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new FailureException(FailureKind.SlotUnavailable, "held"));

        var thrown = Assert.ThrowsAsync<FailureException>(() => Handler().Handle(Command(), CancellationToken.None));
        Assert.That(thrown!.Kind, Is.EqualTo(FailureKind.SlotUnavailable));
    }

    private static HoldSlotCommandValidator Validator() => new(new FakeTimeProvider(TestBookings.Now));

    [Test]
    public void Validate_WhenValid_HasNoErrors() => Assert.That(Validator().Validate(Command(60)).IsValid, Is.True);

    [Test]
    public void Validate_WhenEverythingMissing_ListsEveryRequiredField() =>
        Assert.That(Validator().Validate(Command(start: null, eventTypeId: null)).Errors.Select(e => e.PropertyName),
            Is.EquivalentTo(new[] { "eventTypeId", "start" }));

    [Test]
    public void Validate_WhenStartInThePast_Fails() =>
        Assert.That(Validator().Validate(Command(start: "2029-12-31T10:00:00Z")).Errors.Single().ErrorMessage,
            Is.EqualTo("start must be in the future."));

    [Test]
    public void Validate_WhenStartHasNoOffset_Fails() =>
        Assert.That(Validator().Validate(Command(start: "2030-01-08T15:00:00")).Errors.Single().ErrorMessage,
            Does.Contain("with Z or an offset"));

    [TestCase(0)]
    [TestCase(-15)]
    [TestCase(1441)]
    public void Validate_WhenDurationOutOfRange_NamesIt(int minutes) =>
        Assert.That(Validator().Validate(Command(minutes)).Errors.Single().PropertyName, Is.EqualTo("durationMinutes"));

    [Test]
    public void Validate_WhenEventTypeIdNotAnInteger_Fails() =>
        Assert.That(Validator().Validate(Command(eventTypeId: "12.5")).Errors.Single().ErrorMessage, Does.Contain("positive integer"));
}
