using Booking.Application.Bookings.Commands.HoldSlot;
using Booking.Application.Common.CalCom;
using Booking.Application.Common.Exceptions;
using Booking.Application.Common.Interfaces;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace Booking.Application.UnitTests.Bookings;

public sealed class HoldSlotCommandTests
{
    private static readonly DateTimeOffset Now = new(2030, 1, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Start = new(2030, 1, 8, 14, 0, 0, TimeSpan.Zero);

    private readonly Mock<ICalComGateway> calCom = new(MockBehavior.Strict);
    private CalComSlotHoldRequest? sent;

    private HoldSlotCommandHandler Handler() => new(calCom.Object);

    private static HoldSlotCommand Command(int? durationMinutes = null) => new()
    {
        EventTypeId = "3139332",
        Start = "2030-01-08T15:00:00+01:00",
        DurationMinutes = durationMinutes,
    };

    private void EventTypeIs(CalComEventType? eventType) =>
        calCom.Setup(g => g.FindEventTypeAsync(3139332, It.IsAny<CancellationToken>())).ReturnsAsync(eventType);

    private void CalComHolds(int minutes = 30) =>
        calCom.Setup(g => g.HoldSlotAsync(It.IsAny<CalComSlotHoldRequest>(), It.IsAny<CancellationToken>()))
            .Callback<CalComSlotHoldRequest, CancellationToken>((request, _) => sent = request)
            .ReturnsAsync(new CalComSlotHold
            {
                Uid = "e84be5a3-4696-49e3-acc7-b2f3999c3b94",
                EventTypeId = 3139332,
                Start = Start,
                End = Start.AddMinutes(minutes),
                ExpiresAt = Now.AddMinutes(5),
            });

    private static CalComEventType SeveralLengths() => new() { Id = 3139332, LengthInMinutes = 30, LengthInMinutesOptions = [15, 30, 60] };

    [Test]
    public async Task Handle_WithoutDuration_HoldsTheDefaultLengthWithoutReadingTheEventType()
    {
        CalComHolds();

        var result = await Handler().Handle(Command(), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(sent, Is.EqualTo(new CalComSlotHoldRequest { EventTypeId = 3139332, Start = Start, DurationMinutes = null }));
            Assert.That(sent!.Start.Offset, Is.EqualTo(TimeSpan.Zero), "sent in UTC");
            Assert.That(result, Is.EqualTo(new SlotHoldResult
            {
                HoldId = "e84be5a3-4696-49e3-acc7-b2f3999c3b94",
                EventTypeId = 3139332,
                Start = Start,
                End = Start.AddMinutes(30),
                ExpiresAt = Now.AddMinutes(5),
            }));
        });
    }

    [Test]
    public async Task Handle_WhenEventTypeOffersTheDuration_SendsIt()
    {
        EventTypeIs(SeveralLengths());
        CalComHolds(60);

        await Handler().Handle(Command(60), CancellationToken.None);

        Assert.That(sent!.DurationMinutes, Is.EqualTo(60));
    }

    [Test]
    public async Task Handle_WhenEventTypeHasOneLength_DoesNotSendIt()
    {
        EventTypeIs(new CalComEventType { Id = 3139332, LengthInMinutes = 30 });
        CalComHolds();

        await Handler().Handle(Command(30), CancellationToken.None);

        Assert.That(sent!.DurationMinutes, Is.Null, "Cal.com takes a duration only from event types with several lengths");
    }

    [Test]
    public void Handle_WhenDurationNotOffered_FailsValidationWithoutHolding()
    {
        EventTypeIs(SeveralLengths());

        var thrown = Assert.ThrowsAsync<ValidationException>(() => Handler().Handle(Command(45), CancellationToken.None));

        Assert.That(thrown!.Errors.Single(), Is.EqualTo(new FieldError("durationMinutes", "durationMinutes must be 15, 30, 60 minutes for event type 3139332; it is 45 minutes.")));
        calCom.Verify(g => g.HoldSlotAsync(It.IsAny<CalComSlotHoldRequest>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public async Task Handle_WhenEventTypeCannotBeRead_LetsCalComDecide()
    {
        EventTypeIs(null);
        CalComHolds(45);

        await Handler().Handle(Command(45), CancellationToken.None);

        Assert.That(sent!.DurationMinutes, Is.EqualTo(45));
    }

    [Test]
    public void Handle_WhenSlotBookedOrHeld_PropagatesSlotUnavailable()
    {
        calCom.Setup(g => g.HoldSlotAsync(It.IsAny<CalComSlotHoldRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new SlotUnavailableException("held"));

        Assert.ThrowsAsync<SlotUnavailableException>(() => Handler().Handle(Command(), CancellationToken.None));
    }

    private static HoldSlotCommandValidator Validator() => new(new FakeTimeProvider(Now));

    [Test]
    public void Validate_WhenValid_HasNoErrors() => Assert.That(Validator().Validate(Command(60)).IsValid, Is.True);

    [Test]
    public void Validate_WhenEverythingMissing_ListsEveryRequiredField() =>
        Assert.That(Validator().Validate(new HoldSlotCommand()).Errors.Select(e => e.PropertyName), Is.EquivalentTo(new[] { "eventTypeId", "start" }));

    [Test]
    public void Validate_WhenStartInThePast_Fails() =>
        Assert.That(Validator().Validate(Command() with { Start = "2029-12-31T10:00:00Z" }).Errors.Single().ErrorMessage,
            Is.EqualTo("start must be in the future."));

    [Test]
    public void Validate_WhenStartHasNoOffset_Fails() =>
        Assert.That(Validator().Validate(Command() with { Start = "2030-01-08T15:00:00" }).Errors.Single().ErrorMessage,
            Does.Contain("with Z or an offset"));

    [TestCase(0)]
    [TestCase(-15)]
    [TestCase(1441)]
    public void Validate_WhenDurationOutOfRange_NamesIt(int minutes) =>
        Assert.That(Validator().Validate(Command(minutes)).Errors.Single().PropertyName, Is.EqualTo("durationMinutes"));

    [Test]
    public void Validate_WhenEventTypeIdNotAnInteger_Fails() =>
        Assert.That(Validator().Validate(Command() with { EventTypeId = "12.5" }).Errors.Single().ErrorMessage, Does.Contain("positive integer"));
}
