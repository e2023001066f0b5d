using Booking.Application.Common.Validation;
using FluentValidation;

namespace Booking.Application.Bookings.Commands.RescheduleBooking;

/// <summary>The new times follow the rules of a new booking; the length rule needs the event type and runs in the handler.</summary>
public sealed class RescheduleBookingCommandValidator : AbstractValidator<RescheduleBookingCommand>
{
    public RescheduleBookingCommandValidator(TimeProvider timeProvider)
    {
        RuleFor(c => c.ReservationId).MustBeRead();
        RuleFor(c => c.Slot).MustBeRead();
        RuleFor(c => c.Slot).MustStartInTheFuture(timeProvider);
        RuleFor(c => c.Reason).MustBeRead();
    }
}
