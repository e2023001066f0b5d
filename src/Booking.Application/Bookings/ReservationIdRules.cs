using Booking.Domain.Bookings;
using FluentValidation;

namespace Booking.Application.Bookings;

/// <summary>The validation rule for a reservation id in the URL, shared by every use case that takes one.</summary>
public static class ReservationIdRules
{
    public static IRuleBuilderOptions<T, string?> MustBeAReservationId<T>(this IRuleBuilderInitial<T, string?> rule) =>
        rule
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("reservationId is required.")
            .Must(ReservationId.IsValid)
            .WithMessage($"reservationId must be 1 to {ReservationId.MaxLength} letters, digits, '-' or '_', as returned when booking.")
            .OverridePropertyName("reservationId");
}
