using Booking.Domain.Bookings;
using Booking.Domain.Common;
using MediatR;

namespace Booking.Application.Bookings.Commands.CreateBooking;

/// <summary>
/// Book an event type for an attendee. Each value is the client's input already read by its value object (or the
/// reasons it could not be); the validator reports those, the handler uses the values.
/// </summary>
public sealed record CreateBookingCommand : IRequest<BookingAggregate>
{
    public required Parsed<EventTypeId> EventTypeId { get; init; }

    public required Parsed<TimeSlot> Slot { get; init; }

    /// <summary>The attendee and the IANA zone they see the booking in (UTC when absent).</summary>
    public required Parsed<Attendee> Attendee { get; init; }

    /// <summary>Free-form booking information; <c>location</c> and <c>notes</c> have a meaning of their own.</summary>
    public required Parsed<BookingMetadata> Metadata { get; init; }
}
