using FluentValidation;

namespace Booking.Application.Bookings.Commands.CancelBooking;

public sealed class CancelBookingCommandValidator : AbstractValidator<CancelBookingCommand>
{
    public CancelBookingCommandValidator()
    {
        RuleFor(c => c.ReservationId).MustBeAReservationId();

        RuleFor(c => c.Reason)
            .Must(reason => reason!.Trim().Length <= BookingChangeReason.MaxLength)
            .When(c => c.Reason is not null)
            .WithMessage($"reason must be at most {BookingChangeReason.MaxLength} characters.")
            .OverridePropertyName("reason");
    }
}
