using Booking.Application.Bookings.Commands.CreateBooking;
using Booking.Application.Common.CalCom;
using Booking.Application.Common.Exceptions;
using Booking.Application.Common.Interfaces;
using Booking.Domain.Bookings;
using Microsoft.Extensions.Time.Testing;
using Moq;
using static Booking.Application.UnitTests.Bookings.CreateBookingCommandBuilder;

namespace Booking.Application.UnitTests.Bookings;

public sealed class CreateBookingCommandHandlerTests
{
    private static readonly DateTimeOffset Start = new(2030, 1, 8, 14, 0, 0, TimeSpan.Zero);

    private readonly Mock<ICalComGateway> calCom = new(MockBehavior.Strict);
    private CalComBookingRequest? sent;

    private CreateBookingCommandHandler Handler() => new(calCom.Object, new FakeTimeProvider(Now));

    private void EventTypeIs(CalComEventType? eventType) =>
        calCom.Setup(g => g.FindEventTypeAsync(3139331, It.IsAny<CancellationToken>())).ReturnsAsync(eventType);

    private void CalComBooks(string status = "accepted", int minutes = 30) =>
        calCom.Setup(g => g.CreateBookingAsync(It.IsAny<CalComBookingRequest>(), It.IsAny<CancellationToken>()))
            .Callback<CalComBookingRequest, CancellationToken>((request, _) => sent = request)
            .ReturnsAsync(new CalComBooking
            {
                Uid = "fNjNdZPcD55W4xaxbKRtTZ",
                Status = status,
                Start = Start,
                End = Start.AddMinutes(minutes),
                EventTypeId = 3139331,
                AttendeeName = "Jane Smith",
                AttendeeEmail = "jane.smith@example.com",
            });

    private static CalComEventType ThirtyMinutes(params string[] locationTypes) =>
        new() { Id = 3139331, LengthInMinutes = 30, LocationTypes = locationTypes };

    [Test]
    public async Task Handle_WhenCalComAccepts_ReturnsConfirmedBookingWithCalComTimes()
    {
        EventTypeIs(ThirtyMinutes());
        CalComBooks();

        var result = await Handler().Handle(Valid(), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(result.ReservationId, Is.EqualTo("fNjNdZPcD55W4xaxbKRtTZ"));
            Assert.That(result.Status, Is.EqualTo(BookingStatus.Confirmed));
            Assert.That(result.Start, Is.EqualTo(Start));
            Assert.That(result.End, Is.EqualTo(Start.AddMinutes(30)));
            Assert.That(result.EventTypeId, Is.EqualTo(3139331));
            Assert.That(result.AttendeeEmail, Is.EqualTo("jane.smith@example.com"));
        });
    }

    [Test]
    public async Task Handle_SendsCalComWhatItExpects()
    {
        EventTypeIs(ThirtyMinutes());
        CalComBooks();
        var command = Valid() with { Metadata = Metadata("{\"location\":\"Room A\",\"notes\":\"Bring ID\",\"priority\":\"high\"}") };

        await Handler().Handle(command, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(sent!.EventTypeId, Is.EqualTo(3139331));
            Assert.That(sent.Start, Is.EqualTo(Start));
            Assert.That(sent.LengthInMinutes, Is.Null, "a single-length event type takes no lengthInMinutes");
            Assert.That(sent.AttendeeName, Is.EqualTo("Jane Smith"));
            Assert.That(sent.AttendeeEmail, Is.EqualTo("jane.smith@example.com"));
            Assert.That(sent.AttendeeTimeZone, Is.EqualTo("America/New_York"));
            Assert.That(sent.Notes, Is.EqualTo("Bring ID"));
            Assert.That(sent.Location, Is.Null, "this event type takes no attendee-defined location");
            Assert.That(sent.Metadata.Keys, Is.EquivalentTo(new[] { "location", "notes", "priority" }));
        });
    }

    [Test]
    public async Task Handle_WhenEventTypeTakesAttendeeLocation_SendsIt()
    {
        EventTypeIs(ThirtyMinutes("attendeeDefined"));
        CalComBooks();

        await Handler().Handle(Valid() with { Metadata = Metadata("{\"location\":\"Room A\"}") }, CancellationToken.None);

        Assert.That(sent!.Location, Is.EqualTo("Room A"));
    }

    [Test]
    public async Task Handle_WhenNoTimeZoneGiven_UsesUtc()
    {
        EventTypeIs(ThirtyMinutes());
        CalComBooks();

        await Handler().Handle(Valid() with { TimeZone = null }, CancellationToken.None);

        Assert.That(sent!.AttendeeTimeZone, Is.EqualTo("UTC"));
    }

    [Test]
    public async Task Handle_WhenEventTypeHasSeveralLengths_SendsTheChosenLength()
    {
        EventTypeIs(new CalComEventType { Id = 3139331, LengthInMinutes = 30, LengthInMinutesOptions = [15, 30, 60] });
        CalComBooks(minutes: 60);

        await Handler().Handle(Valid() with { End = "2030-01-08T15:00:00Z" }, CancellationToken.None);

        Assert.That(sent!.LengthInMinutes, Is.EqualTo(60));
    }

    [Test]
    public void Handle_WhenLengthNotOffered_FailsValidationWithoutBooking()
    {
        EventTypeIs(ThirtyMinutes());

        var thrown = Assert.ThrowsAsync<ValidationException>(() => Handler().Handle(Valid() with { End = "2030-01-08T14:45:00Z" }, CancellationToken.None));

        Assert.That(thrown!.Errors.Single(), Is.EqualTo(new FieldError("end", "end - start must be 30 minutes for event type 3139331; it is 45 minutes.")));
        calCom.Verify(g => g.CreateBookingAsync(It.IsAny<CalComBookingRequest>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public void Handle_WhenEventTypeRepeats_FailsValidationWithoutBooking()
    {
        EventTypeIs(ThirtyMinutes() with { RecurrenceFrequency = "weekly" });

        var thrown = Assert.ThrowsAsync<ValidationException>(() => Handler().Handle(Valid(), CancellationToken.None));

        Assert.That(thrown!.Errors.Single(), Is.EqualTo(new FieldError(
            "eventTypeId", "Event type 3139331 repeats weekly; this API books single meetings, not recurring series.")));
        calCom.Verify(g => g.CreateBookingAsync(It.IsAny<CalComBookingRequest>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public async Task Handle_WhenEventTypeCannotBeRead_LetsCalComDecideAndReportsWhatItBooked()
    {
        EventTypeIs(null);
        CalComBooks(minutes: 30);

        var result = await Handler().Handle(Valid() with { End = "2030-01-08T14:45:00Z" }, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(sent!.LengthInMinutes, Is.Null);
            Assert.That(result.End, Is.EqualTo(Start.AddMinutes(30)), "the times Cal.com actually booked");
        });
    }

    [TestCase("pending")]
    [TestCase("awaiting_host")]
    public async Task Handle_WhenHostMustConfirm_ReturnsPending(string calComStatus)
    {
        EventTypeIs(ThirtyMinutes());
        CalComBooks(calComStatus);

        var result = await Handler().Handle(Valid(), CancellationToken.None);

        Assert.That(result.Status, Is.EqualTo(BookingStatus.Pending));
    }

    [Test]
    public void Handle_WhenCalComReportsAnUnexpectedStatus_FailsAsUpstreamError()
    {
        EventTypeIs(ThirtyMinutes());
        CalComBooks("cancelled");

        Assert.ThrowsAsync<CalComUpstreamException>(() => Handler().Handle(Valid(), CancellationToken.None));
    }

    [Test]
    public void Handle_WhenSlotTaken_PropagatesSlotUnavailable()
    {
        EventTypeIs(ThirtyMinutes());
        calCom.Setup(g => g.CreateBookingAsync(It.IsAny<CalComBookingRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new SlotUnavailableException("taken"));

        Assert.ThrowsAsync<SlotUnavailableException>(() => Handler().Handle(Valid(), CancellationToken.None));
    }
}
