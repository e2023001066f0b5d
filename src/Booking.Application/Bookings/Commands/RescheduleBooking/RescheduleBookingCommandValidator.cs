using FluentValidation;

namespace Booking.Application.Bookings.Commands.RescheduleBooking;

/// <summary>The new times follow the rules of a new booking; the length rule needs the event type and runs in the handler.</summary>
public sealed class RescheduleBookingCommandValidator : AbstractValidator<RescheduleBookingCommand>
{
    public RescheduleBookingCommandValidator(TimeProvider timeProvider)
    {
        RuleFor(c => c.ReservationId).MustBeAReservationId();

        RuleFor(c => c.Start).MustBeAFutureStart(timeProvider);
        RuleFor(c => c.End).MustBeAnEndAfter(c => c.Start);

        RuleFor(c => c.Reason)
            .Must(reason => reason!.Trim().Length <= BookingChangeReason.MaxLength)
            .When(c => c.Reason is not null)
            .WithMessage($"reason must be at most {BookingChangeReason.MaxLength} characters.")
            .OverridePropertyName("reason");
    }
}
