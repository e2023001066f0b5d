using System.Text.Json;
using MediatR;

namespace Booking.Application.Bookings.Commands.CreateBooking;

/// <summary>
/// Book an event type for an attendee. The values are exactly what the client sent (ids and times as text), because
/// telling the client precisely what is wrong with them is the validator's job; the handler turns them into value objects.
/// </summary>
public sealed record CreateBookingCommand : IRequest<BookingResult>
{
    public string? EventTypeId { get; init; }

    public string? Start { get; init; }

    public string? End { get; init; }

    public AttendeeInput? Attendee { get; init; }

    /// <summary>IANA zone the attendee sees the booking in; <c>UTC</c> when absent.</summary>
    public string? TimeZone { get; init; }

    /// <summary>Free-form booking information; <c>location</c> and <c>notes</c> have a meaning of their own.</summary>
    public IReadOnlyDictionary<string, JsonElement>? Metadata { get; init; }
}
