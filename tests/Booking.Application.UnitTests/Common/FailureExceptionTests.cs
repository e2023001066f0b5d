using Booking.Application.Common.Failures;
using Booking.Domain.Bookings;
using Booking.Domain.Common;

namespace Booking.Application.UnitTests.Common;

public sealed class FailureExceptionTests
{
    [Test]
    public void Of_AFailure_IsItself()
    {
        var failure = new FailureException(FailureKind.CalComTimedOut, "late");
        Assert.That(FailureException.Of(failure), Is.SameAs(failure));
    }

    [Test]
    public void Of_ADomainRuleOnAValue_IsAnInvalidRequestNamingTheField()
    {
        var failure = FailureException.Of(new DomainException("end", "end must be after start."))!;
        Assert.Multiple(() =>
        {
            Assert.That(failure.Kind, Is.EqualTo(FailureKind.InvalidRequest));
            Assert.That(failure.Errors, Is.EqualTo(new[] { new FieldError("end", "end must be after start.") }));
        });
    }

    [TestCase(BookingChange.Cancel, FailureKind.BookingNotCancellable)]
    [TestCase(BookingChange.Reschedule, FailureKind.BookingNotReschedulable)]
    public void Of_ARefusedChange_IsItsFailureKindWithTheReason(BookingChange change, FailureKind kind)
    {
        var failure = FailureException.Of(new BookingChangeRefusedException(change, "Booking x has already ended."))!;
        Assert.Multiple(() =>
        {
            Assert.That(failure.Kind, Is.EqualTo(kind));
            Assert.That(failure.Message, Is.EqualTo("Booking x has already ended."));
        });
    }

    [Test]
    public void Of_AnythingElse_IsNotAFailureAClientIsToldAbout() =>
        Assert.That(FailureException.Of(new InvalidOperationException("bug")), Is.Null);
}
