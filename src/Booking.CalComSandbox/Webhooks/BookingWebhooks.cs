using Booking.CalComSandbox.Scheduling;

namespace Booking.CalComSandbox.Webhooks;

/// <summary>Which trigger each booking change sends, as Cal.com decides it; the one place that rule lives.</summary>
internal sealed class BookingWebhooks(WebhookDispatcher dispatcher)
{
    /// <summary>
    /// A booking made by the booking core. Pending → BOOKING_REQUESTED, even for a reschedule (Cal.com issue 21169);
    /// otherwise BOOKING_RESCHEDULED for the new booking of a reschedule (nothing for the old one) or BOOKING_CREATED.
    /// </summary>
    public Task BookedAsync(StoredBooking booking, StoredBooking? rescheduled)
    {
        var trigger = booking.Status == BookingStatuses.Pending ? WebhookTriggers.BookingRequested
            : rescheduled is not null ? WebhookTriggers.BookingRescheduled
            : WebhookTriggers.BookingCreated;
        return dispatcher.DispatchAsync(trigger, () => BookingPayloads.FromBookingCore(booking, rescheduled), booking.Uid);
    }

    public Task CancelledAsync(StoredBooking booking, string? cancelledBy) =>
        dispatcher.DispatchAsync(WebhookTriggers.BookingCancelled, () => BookingPayloads.Cancelled(booking, cancelledBy), booking.Uid);

    /// <summary>The host accepted a pending booking: Cal.com has no BOOKING_CONFIRMED and sends a second BOOKING_CREATED.</summary>
    public Task ConfirmedAsync(StoredBooking booking) =>
        dispatcher.DispatchAsync(WebhookTriggers.BookingCreated, () => BookingPayloads.HostDecision(booking), booking.Uid);

    public Task RejectedAsync(StoredBooking booking) =>
        dispatcher.DispatchAsync(WebhookTriggers.BookingRejected, () => BookingPayloads.HostDecision(booking), booking.Uid);
}
