using Booking.Application.Common.Validation;
using Booking.Domain.Slots;
using FluentValidation;

namespace Booking.Application.Bookings.Queries.GetAvailableSlots;

/// <summary>Field names are the query parameter names.</summary>
public sealed class GetAvailableSlotsQueryValidator : AbstractValidator<GetAvailableSlotsQuery>
{
    public GetAvailableSlotsQueryValidator(TimeProvider timeProvider)
    {
        RuleFor(q => q.EventTypeId).MustBeRead();
        RuleFor(q => q.TimeZone).MustBeRead();
        RuleFor(q => q.Window).MustBeRead();
        RuleFor(q => q.Window)
            .Must(window => !window.IsValid || window.Value.EndsAfter(timeProvider.GetUtcNow()))
            .WithMessage(SlotSearchWindow.EndedMessage)
            .OverridePropertyName("end");
    }
}
