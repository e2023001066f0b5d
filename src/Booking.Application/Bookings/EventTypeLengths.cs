using System.Globalization;
using Booking.Application.Common.CalCom;
using Booking.Application.Common.Exceptions;

namespace Booking.Application.Bookings;

/// <summary>
/// A booking or a hold must last one of the lengths its event type offers. Cal.com takes a length only from event
/// types that offer several, and rejects it otherwise, so it is sent only then.
/// </summary>
internal static class EventTypeLengths
{
    /// <summary>The length to send to Cal.com for <paramref name="minutes"/>, or a validation error naming <paramref name="field"/>.</summary>
    /// <param name="quantity">How the request expresses the length, e.g. <c>end - start</c>.</param>
    public static int? LengthToSend(CalComEventType eventType, double minutes, string field, string quantity)
    {
        if (minutes % 1 != 0 || !eventType.AllowedLengths.Contains((int)minutes))
        {
            var allowed = string.Join(", ", eventType.AllowedLengths.Select(length => length.ToString(CultureInfo.InvariantCulture)));
            throw new ValidationException(
                field,
                string.Create(CultureInfo.InvariantCulture, $"{quantity} must be {allowed} minutes for event type {eventType.Id}; it is {minutes} minutes."));
        }

        return eventType.HasMultipleLengths ? (int)minutes : null;
    }
}
