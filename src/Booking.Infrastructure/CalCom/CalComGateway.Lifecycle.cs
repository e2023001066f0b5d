using System.Globalization;
using System.Net;
using System.Text.Json;
using Booking.Application.Common.CalCom;
using Booking.Application.Common.Exceptions;
using Booking.Infrastructure.CalCom.Json;

namespace Booking.Infrastructure.CalCom;

/// <summary>
/// The booking lifecycle after creation: free slots, reading, cancelling and rescheduling bookings, and slot holds.
/// GETs go through the pipeline's retries; every POST here is sent once, like the booking POST.
/// </summary>
internal sealed partial class CalComGateway
{
    private const string SlotsApiVersion = "2024-09-04";

    public Task<IReadOnlyList<CalComSlot>> FindAvailableSlotsAsync(CalComSlotsQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);

        // "range" adds each slot's end, so nobody has to know the event type's length to show it.
        var path = FormattableString.Invariant(
            $"slots?eventTypeId={query.EventTypeId}&start={Uri.EscapeDataString(CalComInstants.ToUtcText(query.Start))}&end={Uri.EscapeDataString(CalComInstants.ToUtcText(query.End))}&format=range");

        return CallAsync(CalComOperation.FindAvailableSlots, async readDeadline =>
        {
            using var message = CreateRequest(HttpMethod.Get, path, SlotsApiVersion);
            return CalComSlotMapping.ToSlots(await SendForJsonAsync(
                message, CalComOperation.FindAvailableSlots, CalComJsonContext.Default.CalComSuccessResponseDictionaryStringListSlotData, readDeadline));
        }, cancellationToken);
    }

    public Task<CalComBooking> GetBookingAsync(string uid, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(uid);

        return CallAsync(CalComOperation.GetBooking, async readDeadline =>
        {
            using var message = CreateRequest(HttpMethod.Get, BookingPath(uid), BookingsApiVersion);
            using var response = await SendAsync(message, readDeadline);
            await ThrowIfFailedAsync(response, CalComOperation.GetBooking, readDeadline.Token);
            return CalComBookingMapping.ToBooking(await ReadSingleBookingAsync(response, uid, readDeadline.Token));
        }, cancellationToken);
    }

    /// <summary>Reads a booking reply whose <c>data</c> is an array when the uid is a recurring series' (CONTRACT §3).</summary>
    private static async Task<CalComSuccessResponse<BookingData>?> ReadSingleBookingAsync(
        HttpResponseMessage response, string uid, CancellationToken cancellationToken)
    {
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var document = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
        if (document.RootElement.ValueKind == JsonValueKind.Object
            && document.RootElement.TryGetProperty("data", out var data)
            && data.ValueKind == JsonValueKind.Array)
        {
            throw new RecurringBookingSeriesException(string.Create(CultureInfo.InvariantCulture,
                $"{uid} is a recurring series of {data.GetArrayLength()} bookings; use the reservation id of one of them."));
        }

        return document.Deserialize(CalComJsonContext.Default.CalComSuccessResponseBookingData);
    }

    public Task<CalComBooking?> CancelBookingAsync(string uid, string reason, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(uid);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        const CalComOperation operation = CalComOperation.CancelBooking;

        return CallAsync<CalComBooking?>(operation, async readDeadline =>
        {
            using var message = CreateRequest(HttpMethod.Post, BookingPath(uid) + "/cancel", BookingsApiVersion);
            message.Content = JsonBody(new CancelBookingBody { CancellationReason = reason }, CalComJsonContext.Default.CancelBookingBody);
            using var response = await SendAsync(message, readDeadline);

            // "Cancelled already" is an ordinary 400 on the wire; it is recognised before the reply becomes an exception.
            if (response.StatusCode == HttpStatusCode.BadRequest)
            {
                var error = await CalComErrorReplyReader.ReadAsync(response, readDeadline.Token);
                if (CalComErrorTranslator.SaysAlreadyCancelled(error))
                {
                    return null;
                }

                LogErrorReply(logger, operation, (int)error.StatusCode, RequestIdOf(response), error.Message);
                throw CalComErrorTranslator.ToException(operation, error);
            }

            await ThrowIfFailedAsync(response, operation, readDeadline.Token);
            return CalComBookingMapping.ToBooking(
                await ReadJsonAsync(response, CalComJsonContext.Default.CalComSuccessResponseBookingData, readDeadline.Token));
        }, cancellationToken);
    }

    public Task<CalComBooking> RescheduleBookingAsync(CalComRescheduleRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = new RescheduleBookingBody { Start = CalComInstants.ToUtcText(request.Start), ReschedulingReason = request.Reason };

        return CallAsync(CalComOperation.RescheduleBooking, async readDeadline =>
        {
            using var message = CreateRequest(HttpMethod.Post, BookingPath(request.Uid) + "/reschedule", BookingsApiVersion);
            message.Content = JsonBody(body, CalComJsonContext.Default.RescheduleBookingBody);
            return CalComBookingMapping.ToBooking(await SendForJsonAsync(
                message, CalComOperation.RescheduleBooking, CalComJsonContext.Default.CalComSuccessResponseBookingData, readDeadline));
        }, cancellationToken);
    }

    public Task<CalComSlotHold> HoldSlotAsync(CalComSlotHoldRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        return CallAsync(CalComOperation.HoldSlot, async readDeadline =>
        {
            using var message = CreateRequest(HttpMethod.Post, "slots/reservations", SlotsApiVersion);
            message.Content = JsonBody(CalComSlotMapping.ToBody(request), CalComJsonContext.Default.ReserveSlotBody);
            return CalComSlotMapping.ToHold(await SendForJsonAsync(
                message, CalComOperation.HoldSlot, CalComJsonContext.Default.CalComSuccessResponseSlotReservationData, readDeadline));
        }, cancellationToken);
    }

    /// <summary>
    /// Runs one exchange with Cal.com under a read deadline (see <see cref="SendAsync"/>) and turns failures below HTTP
    /// into application exceptions, as the booking call does.
    /// </summary>
    private async Task<T> CallAsync<T>(
        CalComOperation operation, Func<CancellationTokenSource, Task<T>> exchange, CancellationToken cancellationToken)
    {
        using var readDeadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        try
        {
            return await exchange(readDeadline);
        }
        catch (Exception failure) when (CalComTransportFailures.Translate(failure, operation, cancellationToken) is { } translated)
        {
            LogTransportFailure(logger, operation, failure.GetType().Name, translated.Message);
            throw translated;
        }
    }

    private static string BookingPath(string uid) => $"{BookingsPath}/{Uri.EscapeDataString(uid)}";
}
