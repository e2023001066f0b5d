using Microsoft.AspNetCore.Mvc;

namespace Booking.Api.Observability;

/// <summary>Counts the outcome of this action in the booking metrics (see <see cref="BookingOutcomeFilter"/>).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RecordBookingOutcomeAttribute : TypeFilterAttribute
{
    // MVC's automatic model-state check runs at order -2000 and answers invalid bodies itself; running outside it
    // lets the filter count those rejections too.
    private const int OutsideModelStateValidation = -3000;

    public RecordBookingOutcomeAttribute()
        : base(typeof(BookingOutcomeFilter)) => Order = OutsideModelStateValidation;
}
