using Booking.Application.Common.Failures;
using Booking.Domain.Bookings;

namespace Booking.Infrastructure.CalCom;

/// <summary>
/// Cal.com's booking statuses in this service's terms: the one place they are decoded (docs/calcom.md#statuses).
/// <c>awaiting_host</c> (instant meetings) waits for the host like <c>pending</c>.
/// </summary>
internal static class CalComBookingStatus
{
    /// <summary>The status, or null for one Cal.com did not have when this was written.</summary>
    public static BookingStatus? TryDecode(string? status) => status switch
    {
        "accepted" => BookingStatus.Confirmed,
        "pending" or "awaiting_host" => BookingStatus.Pending,
        "cancelled" => BookingStatus.Cancelled,
        "rejected" => BookingStatus.Rejected,
        _ => null,
    };

    /// <summary>The status; an unknown one means Cal.com changed its contract, which is reported rather than guessed.</summary>
    public static BookingStatus Decode(string? status) =>
        TryDecode(status) ?? throw new FailureException(FailureKind.CalComFailed, $"Cal.com reported the unknown booking status '{status}'.");
}
