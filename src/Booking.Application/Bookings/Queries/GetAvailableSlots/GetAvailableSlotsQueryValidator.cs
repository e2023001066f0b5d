using Booking.Application.Common.Validation;
using FluentValidation;

namespace Booking.Application.Bookings.Queries.GetAvailableSlots;

/// <summary>Field names are the query parameter names.</summary>
public sealed class GetAvailableSlotsQueryValidator : AbstractValidator<GetAvailableSlotsQuery>
{
    public GetAvailableSlotsQueryValidator()
    {
        RuleFor(q => q.EventTypeId).MustBeRead();
        RuleFor(q => q.TimeZone).MustBeRead();
        RuleFor(q => q.Window).MustBeRead();
    }
}
