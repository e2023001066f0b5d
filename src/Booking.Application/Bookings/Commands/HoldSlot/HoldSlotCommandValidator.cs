using Booking.Application.Common.Validation;
using FluentValidation;

namespace Booking.Application.Bookings.Commands.HoldSlot;

public sealed class HoldSlotCommandValidator : AbstractValidator<HoldSlotCommand>
{
    /// <summary>A day; longer "slots" are a typo, not a meeting.</summary>
    public const int MaxDurationMinutes = 24 * 60;

    public HoldSlotCommandValidator(TimeProvider timeProvider)
    {
        RuleFor(c => c.EventTypeId).MustBeRead();
        RuleFor(c => c.Start).MustBeRead();
        RuleFor(c => c.Start).MustBeInTheFuture(timeProvider);

        RuleFor(c => c.DurationMinutes)
            .InclusiveBetween(1, MaxDurationMinutes)
            .When(c => c.DurationMinutes is not null)
            .WithMessage($"durationMinutes must be a whole number of minutes from 1 to {MaxDurationMinutes}.")
            .OverridePropertyName("durationMinutes");
    }
}
