using Booking.Domain.Bookings;
using FluentValidation;

namespace Booking.Application.Bookings.Commands.RescheduleBooking;

/// <summary>The new times follow the rules of a new booking; the length rule needs the event type and runs in the handler.</summary>
public sealed class RescheduleBookingCommandValidator : AbstractValidator<RescheduleBookingCommand>
{
    private const string InstantExample = "2030-01-08T13:00:00.000Z";

    public RescheduleBookingCommandValidator(TimeProvider timeProvider)
    {
        RuleFor(c => c.ReservationId).MustBeAReservationId();

        RuleFor(c => c.Start)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("start is required.")
            .Must(BeAnInstant).WithMessage($"start must be an ISO-8601 date and time with Z or an offset, e.g. {InstantExample}.")
            .Must(start => Instant(start) > timeProvider.GetUtcNow()).WithMessage("start must be in the future.")
            .OverridePropertyName("start");

        RuleFor(c => c.End)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("end is required.")
            .Must(BeAnInstant).WithMessage($"end must be an ISO-8601 date and time with Z or an offset, e.g. {InstantExample}.")
            .Must((command, end) => !BeAnInstant(command.Start) || Instant(end) > Instant(command.Start))
            .WithMessage("end must be after start.")
            .OverridePropertyName("end");

        RuleFor(c => c.Reason)
            .Must(reason => reason!.Trim().Length <= BookingChangeReason.MaxLength)
            .When(c => c.Reason is not null)
            .WithMessage($"reason must be at most {BookingChangeReason.MaxLength} characters.")
            .OverridePropertyName("reason");
    }

    private static bool BeAnInstant(string? text) => TimeSlot.TryParseInstant(text, out _);

    private static DateTimeOffset Instant(string? text) => TimeSlot.TryParseInstant(text, out var instant) ? instant : default;
}
