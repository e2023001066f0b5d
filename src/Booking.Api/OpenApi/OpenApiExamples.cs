using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Booking.Api.Contracts.Bookings;
using Booking.Api.Contracts.Errors;
using Booking.Api.Contracts.Slots;
using Booking.Api.Errors;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Booking.Api.OpenApi;

/// <summary>
/// Example bodies for the OpenAPI document, built from the contract types so they always have the contract's shape.
/// Dates are fixed and far in the future, so the document is the same on every run and the examples stay bookable.
/// A new request or response type gets its example here (a test checks every operation has them).
/// </summary>
public static class OpenApiExamples
{
    public const string CorrelationId = "3f0c5d0e8f5e4b7c9a1d2e3f4a5b6c7d";
    public const string Timestamp = "2030-09-03T10:30:00.000Z";

    private static readonly EventDetailsResponse BookedTime = new()
    {
        Start = "2030-09-10T14:00:00.000Z",
        End = "2030-09-10T14:30:00.000Z",
        EventTypeId = "3139331",
    };

    private static readonly AttendeeResponse JohnDoe = new() { Name = "John Doe", Email = "john.doe@example.com" };

    private static readonly Dictionary<Type, object> Bodies = new()
    {
        [typeof(CreateBookingRequest)] = new CreateBookingRequest
        {
            EventTypeId = "3139331",
            Start = "2030-09-10T14:00:00.000Z",
            End = "2030-09-10T14:30:00.000Z",
            Attendee = new AttendeeRequest { Name = "John Doe", Email = "john.doe@example.com" },
            Timezone = "UTC",
            Metadata = new Dictionary<string, JsonElement>
            {
                ["location"] = JsonSerializer.SerializeToElement("123 Main St, City, State"),
                ["notes"] = JsonSerializer.SerializeToElement("Please bring ID for verification"),
                ["customField"] = JsonSerializer.SerializeToElement("customValue"),
            },
        },
        // The spec's own example: what a new booking answers, and the shape read, cancel and reschedule answer too.
        [typeof(BookingResponse)] = new BookingResponse
        {
            ReservationId = "fNjNdZPcD55W4xaxbKRtTZ",
            Status = "confirmed",
            EventDetails = BookedTime,
            Attendee = JohnDoe,
        },
        [typeof(CancelBookingRequest)] = new CancelBookingRequest { Reason = "Plans changed" },
        [typeof(RescheduleBookingRequest)] = new RescheduleBookingRequest
        {
            Start = "2030-09-10T16:00:00.000Z",
            End = "2030-09-10T16:30:00.000Z",
            Reason = "Clash with another meeting",
        },
        [typeof(AvailableSlotsResponse)] = new AvailableSlotsResponse
        {
            EventTypeId = "3139331",
            Timezone = "America/New_York",
            Days =
            [
                new AvailableDayResponse
                {
                    Date = "2030-09-16",
                    Slots =
                    [
                        new AvailableSlotResponse
                        {
                            Start = "2030-09-16T13:00:00.000Z",
                            End = "2030-09-16T13:30:00.000Z",
                            LocalStart = "2030-09-16T09:00:00.000-04:00",
                            LocalEnd = "2030-09-16T09:30:00.000-04:00",
                        },
                        new AvailableSlotResponse
                        {
                            Start = "2030-09-16T13:30:00.000Z",
                            End = "2030-09-16T14:00:00.000Z",
                            LocalStart = "2030-09-16T09:30:00.000-04:00",
                            LocalEnd = "2030-09-16T10:00:00.000-04:00",
                        },
                    ],
                },
            ],
        },
        [typeof(HoldSlotRequest)] = new HoldSlotRequest { EventTypeId = "3139331", Start = "2030-09-17T10:00:00.000Z" },
        [typeof(SlotHoldResponse)] = new SlotHoldResponse
        {
            HoldId = "e499437c-b1f5-4e1f-8d24-b4de5d767935",
            EventTypeId = "3139331",
            Start = "2030-09-17T10:00:00.000Z",
            End = "2030-09-17T10:30:00.000Z",
            ExpiresAt = "2030-09-03T10:35:00.000Z",
        },
    };

    /// <summary>The example body of <paramref name="type"/>, or <c>null</c> when it has none.</summary>
    public static JsonNode? For(Type type) =>
        Bodies.TryGetValue(type, out var body) ? JsonSerializer.SerializeToNode(body, type, JsonSerializerOptions.Web) : null;

    /// <summary>
    /// An operation transformer for one endpoint whose response examples depend on the endpoint rather than on the
    /// body's type (e.g. the health probes): <paramref name="examples"/> maps a status to its example body.
    /// </summary>
    public static Func<OpenApiOperation, OpenApiOperationTransformerContext, CancellationToken, Task> ForResponses(
        IReadOnlyDictionary<int, object> examples) => (operation, _, _) =>
    {
        foreach (var (status, body) in examples)
        {
            var key = status.ToString(CultureInfo.InvariantCulture);
            foreach (var media in operation.Responses?.GetValueOrDefault(key)?.Content?.Values ?? [])
            {
                media.Example = JsonSerializer.SerializeToNode(body, body.GetType(), JsonSerializerOptions.Web);
            }
        }

        return Task.CompletedTask;
    };

    /// <summary>The error envelope a client receives for <paramref name="error"/>.</summary>
    public static JsonNode Envelope(ApiError error)
    {
        var envelope = new ErrorEnvelope(new ErrorBody(error.Code, error.Message, error.Details, Timestamp, CorrelationId));
        return JsonSerializer.SerializeToNode(envelope, JsonSerializerOptions.Web)!;
    }
}
