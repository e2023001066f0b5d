using Booking.Application.Common.Validation;
using FluentValidation;

namespace Booking.Application.Bookings.Commands.CancelBooking;

public sealed class CancelBookingCommandValidator : AbstractValidator<CancelBookingCommand>
{
    public CancelBookingCommandValidator()
    {
        RuleFor(c => c.ReservationId).MustBeRead();
        RuleFor(c => c.Reason).MustBeRead();
    }
}
