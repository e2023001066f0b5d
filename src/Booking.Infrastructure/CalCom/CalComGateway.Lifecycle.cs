using System.Globalization;
using System.Text.Json;
using Booking.Application.Common.CalCom;
using Booking.Application.Common.Failures;
using Booking.Domain.Bookings;
using Booking.Domain.Common;
using Booking.Domain.EventTypes;
using Booking.Domain.Slots;
using Booking.Infrastructure.CalCom.Json;

namespace Booking.Infrastructure.CalCom;

/// <summary>
/// The booking lifecycle after creation: free slots, reading, cancelling and rescheduling bookings, and slot holds.
/// GETs go through the pipeline's retries; every POST here is sent once, like the booking POST.
/// </summary>
internal sealed partial class CalComGateway
{
    public Task<IReadOnlyList<CalComSlot>> FindAvailableSlotsAsync(EventTypeId eventTypeId, SlotSearchWindow window, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(window);

        // "range" adds each slot's end, so nobody has to know the event type's length to show it.
        var path = FormattableString.Invariant(
            $"slots?eventTypeId={eventTypeId.Value}&start={Uri.EscapeDataString(Iso8601.FormatUtc(window.From))}&end={Uri.EscapeDataString(Iso8601.FormatUtc(window.To))}&format=range");
        var call = new CalComCall(CalComOperation.FindAvailableSlots, HttpMethod.Get, path, SlotsApiVersion);

        return CallAsync(call, async (response, token) => CalComSlotMapping.ToSlots(
            await ReadSuccessAsync(response, call.Operation, CalComJsonContext.Default.CalComSuccessResponseDictionaryStringListSlotData, token)),
            cancellationToken);
    }

    public Task<BookingAggregate> GetBookingAsync(ReservationId id, CancellationToken cancellationToken)
    {
        var call = new CalComCall(CalComOperation.GetBooking, HttpMethod.Get, BookingPath(id), BookingsApiVersion);
        return CallAsync(call, async (response, token) =>
        {
            await ThrowIfFailedAsync(response, call.Operation, token);
            return CalComBookingMapping.ToBooking(CalComBookingMapping.DataOf(await ReadSingleBookingAsync(response, id, token)));
        }, cancellationToken);
    }

    /// <summary>Reads a booking reply whose <c>data</c> is an array when the uid is a recurring series' (docs/calcom.md#series).</summary>
    private static async Task<CalComSuccessResponse<BookingData>?> ReadSingleBookingAsync(
        HttpResponseMessage response, ReservationId id, CancellationToken cancellationToken)
    {
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var document = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
        if (document.RootElement.ValueKind == JsonValueKind.Object
            && document.RootElement.TryGetProperty("data", out var data)
            && data.ValueKind == JsonValueKind.Array)
        {
            throw FailureException.Invalid(ReservationId.Field, string.Create(CultureInfo.InvariantCulture,
                $"{id} is a recurring series of {data.GetArrayLength()} bookings; use the reservation id of one of them."));
        }

        return document.Deserialize(CalComJsonContext.Default.CalComSuccessResponseBookingData);
    }

    public Task<BookingAggregate?> CancelBookingAsync(ReservationId id, string reason, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        var call = new CalComCall(CalComOperation.CancelBooking, HttpMethod.Post, BookingPath(id) + "/cancel", BookingsApiVersion)
        {
            Body = JsonSerializer.SerializeToUtf8Bytes(new CancelBookingBody { CancellationReason = reason }, CalComJsonContext.Default.CancelBookingBody),
        };

        return CallAsync<BookingAggregate?>(call, async (response, token) =>
        {
            if (!response.IsSuccessStatusCode)
            {
                // "Cancelled already" is an ordinary 400 on the wire; it is recognised before the reply becomes a failure.
                var error = await CalComErrorReplyReader.ReadAsync(response, token);
                return CalComErrorTranslator.SaysAlreadyCancelled(error) ? null : throw Translate(call.Operation, response, error);
            }

            return CalComBookingMapping.ToBooking(CalComBookingMapping.DataOf(
                await ReadSuccessAsync(response, call.Operation, CalComJsonContext.Default.CalComSuccessResponseBookingData, token)));
        }, cancellationToken);
    }

    public Task<BookingAggregate> RescheduleBookingAsync(BookingAggregate booking, TimeSlot newSlot, string? reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(booking);
        ArgumentNullException.ThrowIfNull(newSlot);
        var id = booking.Id ?? throw new ArgumentException("Only a booking Cal.com holds can be rescheduled.", nameof(booking));
        var body = new RescheduleBookingBody { Start = Iso8601.FormatUtc(newSlot.Start), ReschedulingReason = reason };
        var call = new CalComCall(CalComOperation.RescheduleBooking, HttpMethod.Post, BookingPath(id) + "/reschedule", BookingsApiVersion)
        {
            Body = JsonSerializer.SerializeToUtf8Bytes(body, CalComJsonContext.Default.RescheduleBookingBody),
        };

        // The new booking is the same attendee's, whoever else Cal.com lists on it.
        return CallAsync(call, async (response, token) => CalComBookingMapping.ToBooking(CalComBookingMapping.DataOf(
            await ReadSuccessAsync(response, call.Operation, CalComJsonContext.Default.CalComSuccessResponseBookingData, token)),
            booking.Attendee), cancellationToken);
    }

    public Task<SlotHold> HoldSlotAsync(
        EventTypeId eventTypeId, DateTimeOffset start, int? durationMinutes, EventType? eventType, CancellationToken cancellationToken)
    {
        var body = CalComSlotMapping.ToBody(eventTypeId, start, durationMinutes, eventType);
        var call = new CalComCall(CalComOperation.HoldSlot, HttpMethod.Post, "slots/reservations", SlotsApiVersion)
        {
            Body = JsonSerializer.SerializeToUtf8Bytes(body, CalComJsonContext.Default.HoldSlotBody),
        };

        return CallAsync(call, async (response, token) => CalComSlotMapping.ToHold(
            await ReadSuccessAsync(response, call.Operation, CalComJsonContext.Default.CalComSuccessResponseSlotHoldData, token)),
            cancellationToken);
    }

    private static string BookingPath(ReservationId id) => $"{BookingsPath}/{Uri.EscapeDataString(id.Value)}";
}
