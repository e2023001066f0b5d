using Booking.Domain.Bookings;
using FluentValidation;

namespace Booking.Application.Bookings.Commands.HoldSlot;

public sealed class HoldSlotCommandValidator : AbstractValidator<HoldSlotCommand>
{
    /// <summary>A day; longer "slots" are a typo, not a meeting.</summary>
    public const int MaxDurationMinutes = 24 * 60;

    public HoldSlotCommandValidator(TimeProvider timeProvider)
    {
        RuleFor(c => c.EventTypeId)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("eventTypeId is required.")
            .Must(id => EventTypeId.TryParse(id, out _)).WithMessage("eventTypeId must be a positive integer, e.g. \"3139331\".")
            .OverridePropertyName("eventTypeId");

        RuleFor(c => c.Start)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("start is required.")
            .Must(start => TimeSlot.TryParseInstant(start, out _))
            .WithMessage("start must be an ISO-8601 date and time with Z or an offset, e.g. 2030-01-08T13:00:00.000Z.")
            .Must(start => TimeSlot.TryParseInstant(start, out var instant) && instant > timeProvider.GetUtcNow())
            .WithMessage("start must be in the future.")
            .OverridePropertyName("start");

        RuleFor(c => c.DurationMinutes)
            .InclusiveBetween(1, MaxDurationMinutes)
            .When(c => c.DurationMinutes is not null)
            .WithMessage($"durationMinutes must be a whole number of minutes from 1 to {MaxDurationMinutes}.")
            .OverridePropertyName("durationMinutes");
    }
}
