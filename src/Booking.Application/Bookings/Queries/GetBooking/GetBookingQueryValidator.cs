using Booking.Application.Common.Validation;
using FluentValidation;

namespace Booking.Application.Bookings.Queries.GetBooking;

public sealed class GetBookingQueryValidator : AbstractValidator<GetBookingQuery>
{
    public GetBookingQueryValidator() => RuleFor(q => q.ReservationId).MustBeRead();
}
