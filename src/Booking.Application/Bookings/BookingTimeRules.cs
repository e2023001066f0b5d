using Booking.Domain.Bookings;
using FluentValidation;

namespace Booking.Application.Bookings;

/// <summary>The rules every request with an event type, a start and an end shares (book, reschedule, hold).</summary>
public static class BookingTimeRules
{
    private const string InstantExample = "2030-01-08T13:00:00.000Z";

    public static IRuleBuilderOptions<T, string?> MustBeAnEventTypeId<T>(this IRuleBuilderInitial<T, string?> rule) =>
        rule.Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("eventTypeId is required.")
            .Must(id => EventTypeId.TryParse(id, out _)).WithMessage("eventTypeId must be a positive integer, e.g. \"3139331\".")
            .OverridePropertyName("eventTypeId");

    /// <summary>Required, an ISO-8601 instant with <c>Z</c> or an offset, and in the future.</summary>
    public static IRuleBuilderOptions<T, string?> MustBeAFutureStart<T>(this IRuleBuilderInitial<T, string?> rule, TimeProvider timeProvider) =>
        rule.Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("start is required.")
            .Must(IsInstant).WithMessage($"start must be an ISO-8601 date and time with Z or an offset, e.g. {InstantExample}.")
            .Must(start => Instant(start) > timeProvider.GetUtcNow()).WithMessage("start must be in the future.")
            .OverridePropertyName("start");

    /// <summary>Required, an ISO-8601 instant with <c>Z</c> or an offset, and after the start (when the start is one).</summary>
    public static IRuleBuilderOptions<T, string?> MustBeAnEndAfter<T>(this IRuleBuilderInitial<T, string?> rule, Func<T, string?> start) =>
        rule.Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("end is required.")
            .Must(IsInstant).WithMessage($"end must be an ISO-8601 date and time with Z or an offset, e.g. {InstantExample}.")
            .Must((request, end) => !IsInstant(start(request)) || Instant(end) > Instant(start(request)))
            .WithMessage("end must be after start.")
            .OverridePropertyName("end");

    private static bool IsInstant(string? text) => TimeSlot.TryParseInstant(text, out _);

    private static DateTimeOffset Instant(string? text) => TimeSlot.TryParseInstant(text, out var instant) ? instant : default;
}
