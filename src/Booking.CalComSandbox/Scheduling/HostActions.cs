using Booking.CalComSandbox.Faults;
using Booking.CalComSandbox.Http;
using Booking.CalComSandbox.Validation;
using Booking.CalComSandbox.Webhooks;

namespace Booking.CalComSandbox.Scheduling;

/// <summary>
/// What the host does in Cal.com's web app, which API v2 callers never see: confirm or decline a pending booking,
/// cancel, reschedule. Each changes the booking and sends the webhooks Cal.com sends for it.
/// </summary>
internal sealed class HostActions(BookingService bookings, BookingStore store, BookingWebhooks webhooks, TimeProvider time)
{
    public async Task<StoredBooking> ConfirmAsync(string uid)
    {
        var confirmed = Decide(uid, "confirmed", pending => pending with { Status = BookingStatuses.Accepted });
        await webhooks.ConfirmedAsync(confirmed);
        return confirmed;
    }

    public async Task<StoredBooking> RejectAsync(string uid, string? reason)
    {
        var rejected = Decide(uid, "rejected", pending => pending with { Status = BookingStatuses.Rejected, RejectionReason = reason });
        await webhooks.RejectedAsync(rejected);
        return rejected;
    }

    public Task<StoredBooking> CancelAsync(string uid, string? reason) => bookings.CancelAsync(uid, reason, Canceller.HostInWebApp);

    /// <summary>A reschedule by the organizer needs no confirmation, even for an event type that requires it.</summary>
    public Task<StoredBooking> RescheduleAsync(string uid, DateTimeOffset start, string? reason)
    {
        var booking = bookings.Get(uid);
        var input = new RescheduleBookingInput { Start = start, RescheduledBy = booking.Host.Email, ReschedulingReason = reason };
        return bookings.RescheduleAsync(uid, input, ProcessingDelay.None);
    }

    private StoredBooking Decide(string uid, string decision, Func<StoredBooking, StoredBooking> decide)
    {
        while (true)
        {
            var booking = bookings.Get(uid);
            if (booking.Status != BookingStatuses.Pending)
            {
                throw new CalComProblemException(
                    StatusCodes.Status409Conflict,
                    $"Booking with uid={uid} is {booking.Status}; only a pending booking can be {decision}.");
            }

            var decided = decide(booking) with { UpdatedAt = time.GetUtcNow() };
            var slot = new HostSlotKey(booking.Host.Id, booking.Start);

            // An accepted booking holds Cal.com's unique idempotency key for its host and start; a pending one does not.
            var claimed = decided.Status == BookingStatuses.Accepted;
            if (claimed && !store.TryClaim(slot, uid))
            {
                throw new CalComProblemException(StatusCodes.Status409Conflict, CalComMessages.BookingConflict, ErrorShape.NestHttpError);
            }

            if (store.TryReplace(booking, decided))
            {
                return decided;
            }

            if (claimed)
            {
                store.ReleaseClaim(slot, uid);
            }
        }
    }
}
