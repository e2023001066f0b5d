using System.Net;
using Booking.Api.Contracts.Errors;
using Booking.Api.Errors;
using Booking.Application.Common.Failures;
using Booking.Domain.Bookings;
using Booking.Domain.Common;

namespace Booking.Api.FunctionalTests.Errors;

/// <summary>The one table of errors: every failure kind has one row, every code one row, and each answers as documented.</summary>
public sealed class ErrorTableTests
{
    [Test]
    public void EveryFailureKind_HasExactlyOneRow()
    {
        var kinds = ErrorTable.All.Where(row => row.Kind is not null).Select(row => row.Kind!.Value).ToList();

        Assert.That(kinds, Is.EquivalentTo(Enum.GetValues<FailureKind>()));
    }

    [Test]
    public void EveryCode_IsUniqueAndDocumented()
    {
        Assert.That(ErrorTable.All.Select(row => row.Code), Is.Unique);
        Assert.Multiple(() =>
        {
            foreach (var row in ErrorTable.All)
            {
                Assert.That(row.Message, Is.Not.Empty, row.Code);
                Assert.That(row.When, Is.Not.Empty, row.Code);
                Assert.That(row.Details, Is.Not.Null, row.Code);
                Assert.That(row.ToApiError().Code, Is.EqualTo(row.Code));
            }
        });
    }

    [Test]
    public void RouteLevelCodes_AreTheOnesAnswersWithoutAnOperation() =>
        Assert.That(ErrorTable.All.Where(row => row.RouteLevel).Select(row => row.Code),
            Is.EquivalentTo(new[] { ErrorTable.NotFound.Code, ErrorTable.MethodNotAllowed.Code }));

    [TestCaseSource(nameof(FailureKinds))]
    public void For_AFailure_AnswersWithItsRowAndItsOwnReason(FailureKind kind)
    {
        var row = ErrorTable.All.Single(row => row.Kind == kind);

        var error = ErrorTable.For(new FailureException(kind, "what happened"));

        Assert.Multiple(() =>
        {
            Assert.That(error.Status, Is.EqualTo(row.Status));
            Assert.That(error.Code, Is.EqualTo(row.Code));
            Assert.That(error.Message, Is.EqualTo(row.Message));
            if (kind != FailureKind.InvalidRequest)
            {
                Assert.That(error.Details, Is.EqualTo("what happened"));
            }
        });
    }

    private static IEnumerable<FailureKind> FailureKinds() => Enum.GetValues<FailureKind>();

    [Test]
    public void For_AnInvalidRequest_ListsEveryField()
    {
        var error = ErrorTable.For(FailureException.Invalid([new FieldError("start", "start is required."), new FieldError("end", "end is required.")]));

        Assert.That(error.Details, Is.EqualTo(new[] { new FieldErrorResponse("start", "start is required."), new FieldErrorResponse("end", "end is required.") }));
    }

    [Test]
    public void For_ARateLimit_CarriesRetryAfter() =>
        Assert.That(ErrorTable.For(new FailureException(FailureKind.RateLimited, "spent") { RetryAfter = TimeSpan.FromSeconds(7) }).RetryAfter,
            Is.EqualTo(TimeSpan.FromSeconds(7)));

    [Test]
    public void For_DomainRefusals_AnswersWithTheirRows()
    {
        Assert.That(ErrorTable.For(new DomainException("end", "end must be after start.")).Code, Is.EqualTo(ErrorTable.Validation.Code));
        Assert.That(ErrorTable.For(new BookingChangeRefusedException(BookingChange.Cancel, "ended")).Code, Is.EqualTo(ErrorTable.BookingNotCancellable.Code));
        Assert.That(ErrorTable.For(new BookingChangeRefusedException(BookingChange.Reschedule, "cancelled")).Code, Is.EqualTo(ErrorTable.BookingNotReschedulable.Code));
    }

    [Test]
    public void For_AnythingElse_IsA500WithoutTheExceptionText()
    {
        var error = ErrorTable.For(new InvalidOperationException("secret detail"));

        Assert.Multiple(() =>
        {
            Assert.That(error.Status, Is.EqualTo(HttpStatusCode.InternalServerError));
            Assert.That(error.Code, Is.EqualTo(ErrorTable.InternalServerError.Code));
            Assert.That(error.Details.ToString(), Does.Not.Contain("secret detail"));
        });
    }

    [Test]
    public void CountsAsFailedBooking_OnlyForErrorsOfABookingThatWasTried() =>
        Assert.That(ErrorTable.All.Where(row => !row.CountsAsFailedBooking).Select(row => row.Code), Is.EquivalentTo(new[]
        {
            ErrorTable.Unauthorized.Code, ErrorTable.NotFound.Code, ErrorTable.MethodNotAllowed.Code, ErrorTable.IdempotencyKeyInUse.Code,
            ErrorTable.PayloadTooLarge.Code, ErrorTable.UnsupportedMediaType.Code, ErrorTable.IdempotencyKeyMismatch.Code,
            ErrorTable.IdempotencyUnavailable.Code,
        }));
}
