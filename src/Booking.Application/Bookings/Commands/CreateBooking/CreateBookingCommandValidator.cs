using Booking.Application.Common.Validation;
using FluentValidation;

namespace Booking.Application.Bookings.Commands.CreateBooking;

/// <summary>Everything that can be checked without asking Cal.com. Field names are the JSON paths the client sent.</summary>
public sealed class CreateBookingCommandValidator : AbstractValidator<CreateBookingCommand>
{
    public CreateBookingCommandValidator(TimeProvider timeProvider)
    {
        RuleFor(c => c.EventTypeId).MustBeRead();
        RuleFor(c => c.Slot).MustBeRead();
        RuleFor(c => c.Slot).MustStartInTheFuture(timeProvider);
        RuleFor(c => c.Attendee).MustBeRead();
        RuleFor(c => c.Metadata).MustBeRead();
    }
}
