namespace Booking.Infrastructure.CalCom.Json;

/// <summary>
/// Body of <c>POST /v2/bookings</c> (cal-api-version 2024-08-13). Cal.com rejects unknown properties, so this
/// type holds exactly what we send; optional parts stay null and are left out when writing.
/// </summary>
internal sealed record CreateBookingBody
{
    /// <summary>UTC, ISO-8601 with milliseconds and <c>Z</c>.</summary>
    public required string Start { get; init; }

    public required int EventTypeId { get; init; }

    public required AttendeeBody Attendee { get; init; }

    public int? LengthInMinutes { get; init; }

    public AttendeeDefinedLocationBody? Location { get; init; }

    public BookingFieldsResponsesBody? BookingFieldsResponses { get; init; }

    public IReadOnlyDictionary<string, string>? Metadata { get; init; }
}
