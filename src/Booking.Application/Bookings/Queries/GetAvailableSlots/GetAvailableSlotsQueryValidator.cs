using Booking.Domain.Bookings;
using Booking.Domain.Slots;
using FluentValidation;

namespace Booking.Application.Bookings.Queries.GetAvailableSlots;

/// <summary>Field names are the query parameter names.</summary>
public sealed class GetAvailableSlotsQueryValidator : AbstractValidator<GetAvailableSlotsQuery>
{
    private const string BoundExamples = "e.g. 2030-09-10 or 2030-09-10T09:00:00-04:00";

    public GetAvailableSlotsQueryValidator(TimeProvider timeProvider)
    {
        RuleFor(q => q.EventTypeId)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("eventTypeId is required.")
            .Must(id => EventTypeId.TryParse(id, out _)).WithMessage("eventTypeId must be a positive integer, e.g. 3139331.")
            .OverridePropertyName("eventTypeId");

        RuleFor(q => q.TimeZone)
            .Must(Attendee.IsIanaTimeZone)
            .When(q => q.TimeZone is not null)
            .WithMessage("timezone must be an IANA time zone such as UTC or America/New_York.")
            .OverridePropertyName("timezone");

        RuleFor(q => q.Start)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("start is required.")
            .Must((query, start) => !HasUnescapedPlus(query, start, isEnd: false)).WithMessage(UnescapedPlusMessage("start"))
            .Must((query, start) => TryBound(query, start, isEnd: false, out _))
            .WithMessage($"start must be a date (yyyy-MM-dd) or an ISO-8601 date and time with Z or an offset, {BoundExamples}.")
            .OverridePropertyName("start");

        RuleFor(q => q.End)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("end is required.")
            .Must((query, end) => !HasUnescapedPlus(query, end, isEnd: true)).WithMessage(UnescapedPlusMessage("end"))
            .Must((query, end) => TryBound(query, end, isEnd: true, out _))
            .WithMessage($"end must be a date (yyyy-MM-dd) or an ISO-8601 date and time with Z or an offset, {BoundExamples}.")
            .Must((query, _) => !TryWindow(query, out var from, out var to) || to > from)
            .WithMessage("end must be after start.")
            .Must((query, _) => !TryWindow(query, out var from, out var to) || to - from <= TimeSpan.FromDays(SlotSearchWindow.MaxDays))
            .WithMessage($"start to end may span at most {SlotSearchWindow.MaxDays} days.")
            .Must((query, end) => !TryBound(query, end, isEnd: true, out var to) || to > timeProvider.GetUtcNow())
            .WithMessage("end is in the past: only slots from now on can be booked, so the search would find none. Ask for a window that ends in the future.")
            .OverridePropertyName("end");
    }

    // A URL's query turns an unescaped + into a space, so "+02:00" arrives as " 02:00".
    private static bool HasUnescapedPlus(GetAvailableSlotsQuery query, string? text, bool isEnd) =>
        text is not null && text.Contains(' ', StringComparison.Ordinal) && TryBound(query, text.Replace(' ', '+'), isEnd, out _);

    private static string UnescapedPlusMessage(string parameter) =>
        $"{parameter} has a space where its offset's + should be: in a URL a + means a space, so write it as %2B, "
        + "e.g. 2030-09-10T09:00:00%2B02:00.";

    // An invalid zone is reported on its own; the bounds are still checked, in UTC.
    private static bool TryBound(GetAvailableSlotsQuery query, string? text, bool isEnd, out DateTimeOffset instant) =>
        SlotSearchWindow.TryParseBound(text, RequestedTimeZone.Resolve(query.TimeZone), isEnd, out instant);

    private static bool TryWindow(GetAvailableSlotsQuery query, out DateTimeOffset from, out DateTimeOffset to)
    {
        to = default;
        return TryBound(query, query.Start, isEnd: false, out from) && TryBound(query, query.End, isEnd: true, out to);
    }
}
