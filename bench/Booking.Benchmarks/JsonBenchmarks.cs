using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Booking.Api.Contracts.Bookings;
using Booking.Domain.Bookings;
using Booking.Infrastructure.CalCom;
using Booking.Infrastructure.CalCom.Json;
using MvcJsonOptions = Microsoft.AspNetCore.Mvc.JsonOptions;

namespace Booking.Benchmarks;

/// <summary>
/// The JSON a booking costs, each with the serializer settings that handle it in the service: MVC's for our request
/// and response bodies, the gateway's source-generated metadata for Cal.com's.
/// </summary>
[MemoryDiagnoser]
public class JsonBenchmarks
{
    private static readonly DateTimeOffset Start = new(2040, 1, 8, 13, 0, 0, TimeSpan.Zero);

    private readonly JsonSerializerOptions mvcJson = new MvcJsonOptions().JsonSerializerOptions;

    private readonly byte[] requestBody = """
        {"eventTypeId":"3139331","start":"2040-01-08T13:00:00.000Z","end":"2040-01-08T13:30:00.000Z","attendee":{"name":"Jane Smith","email":"jane.smith@example.com"},"timezone":"America/New_York"}
        """u8.ToArray();

    private readonly BookingResponse response = new()
    {
        ReservationId = "5Un7dvlQ8POimi17d7TJ7L",
        Status = "confirmed",
        EventDetails = new EventDetailsResponse
        {
            Start = "2040-01-08T13:00:00.000Z",
            End = "2040-01-08T13:30:00.000Z",
            EventTypeId = "3139331",
        },
        Attendee = new AttendeeResponse { Name = "Jane Smith", Email = "jane.smith@example.com" },
    };

    /// <summary>The requested booking as the gateway gets it (no metadata; the event type is not needed for this body).</summary>
    private readonly BookingAggregate gatewayRequest = BookingAggregate.Request(
        EventTypeId.From(3139331),
        TimeSlot.Create(Start, Start.AddMinutes(30)),
        Attendee.Restore("Jane Smith", EmailAddress.From("jane.smith@example.com"), "America/New_York"),
        BookingMetadata.None,
        Start.AddDays(-1));

    [Benchmark(Description = "read our request body (MVC settings)")]
    public ValueTask<CreateBookingRequest?> ReadRequest() =>
        JsonSerializer.DeserializeAsync<CreateBookingRequest>(new MemoryStream(requestBody, writable: false), mvcJson);

    [Benchmark(Description = "write Cal.com's booking body (gateway)")]
    public byte[] WriteCalComBody() =>
        JsonSerializer.SerializeToUtf8Bytes(CalComBookingMapping.ToBody(gatewayRequest, eventType: null), CalComJsonContext.Default.CreateBookingBody);

    [Benchmark(Description = "parse Cal.com's booking reply (gateway)")]
    public async Task<BookingAggregate> ParseCalComReply()
    {
        var reply = await JsonSerializer.DeserializeAsync(
            new MemoryStream(CannedReplies.BookingCreated, writable: false), CalComJsonContext.Default.CalComSuccessResponseBookingData);
        return CalComBookingMapping.ToBooking(CalComBookingMapping.DataOf(reply), gatewayRequest.Attendee);
    }

    [Benchmark(Description = "write our response body (MVC settings)")]
    public Task WriteResponse() => JsonSerializer.SerializeAsync(Stream.Null, response, mvcJson);
}
