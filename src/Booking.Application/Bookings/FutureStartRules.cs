using Booking.Domain.Bookings;
using Booking.Domain.Common;
using FluentValidation;

namespace Booking.Application.Bookings;

/// <summary>The domain's <see cref="FutureStart"/> rule for requests whose start was read (book, reschedule, hold).</summary>
public static class FutureStartRules
{
    public static IRuleBuilderOptions<T, Parsed<TimeSlot>> MustStartInTheFuture<T>(
        this IRuleBuilderInitial<T, Parsed<TimeSlot>> rule, TimeProvider timeProvider) =>
        rule.Must(slot => !slot.IsValid || FutureStart.IsSatisfiedBy(slot.Value.Start, timeProvider.GetUtcNow()))
            .WithMessage(FutureStart.Message)
            .OverridePropertyName("start");

    public static IRuleBuilderOptions<T, Parsed<DateTimeOffset>> MustBeInTheFuture<T>(
        this IRuleBuilderInitial<T, Parsed<DateTimeOffset>> rule, TimeProvider timeProvider) =>
        rule.Must(start => !start.IsValid || FutureStart.IsSatisfiedBy(start.Value, timeProvider.GetUtcNow()))
            .WithMessage(FutureStart.Message)
            .OverridePropertyName("start");
}
