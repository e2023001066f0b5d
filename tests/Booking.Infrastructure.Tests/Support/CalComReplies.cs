using System.Text.Json;

namespace Booking.Infrastructure.Tests.Support;

/// <summary>Cal.com v2 replies as docs/calcom.md describes them.</summary>
public static class CalComReplies
{
    public static StubReply BookingCreated(
        string uid = "bk_7f3a",
        string status = "accepted",
        string start = "2030-01-08T13:00:00.000Z",
        string end = "2030-01-08T13:30:00.000Z",
        int eventTypeId = 42,
        string attendeeName = "Jane Roe",
        string attendeeEmail = "jane.roe@example.com",
        int httpStatus = 201) =>
        StubReply.Json(httpStatus, $$"""
            {
              "status": "success",
              "data": {{Booking(uid, status, start, end, eventTypeId, attendeeName, attendeeEmail)}}
            }
            """).WithHeader("X-Request-Id", "7d1c1f7e-1111-4c3b-9a55-0c2f1f0e9abc");

    /// <summary>A <c>GET /v2/bookings</c> reply listing <paramref name="bookings"/> (made with <see cref="Booking"/>).</summary>
    public static StubReply BookingList(params string[] bookings) =>
        StubReply.Json(200, $$"""
            {
              "status": "success",
              "data": [{{string.Join(",", bookings)}}],
              "pagination": {"totalItems": {{bookings.Length}}, "remainingItems": 0, "returnedItems": {{bookings.Length}}, "itemsPerPage": 100, "currentPage": 1, "totalPages": 1, "hasNextPage": false, "hasPreviousPage": false}
            }
            """);

    /// <summary>One booking as Cal.com's booking outputs carry it; the defaults match <see cref="BookingRequests.Valid"/>.</summary>
    public static string Booking(
        string uid = "bk_7f3a",
        string status = "accepted",
        string start = "2030-01-08T13:00:00.000Z",
        string end = "2030-01-08T13:30:00.000Z",
        int eventTypeId = 42,
        string attendeeName = "Jane Roe",
        string attendeeEmail = "jane.roe@example.com") =>
        $$"""
            {
              "id": 981,
              "uid": "{{uid}}",
              "title": "30 min between Host and Jane",
              "hosts": [{"id": 1, "name": "Host", "email": "host@cal.test", "username": "host"}],
              "status": "{{status}}",
              "start": "{{start}}",
              "end": "{{end}}",
              "duration": 30,
              "eventTypeId": {{eventTypeId}},
              "eventType": {"id": {{eventTypeId}}, "slug": "30min"},
              "attendees": [{"name": "{{attendeeName}}", "email": "{{attendeeEmail}}", "timeZone": "Europe/Berlin", "language": "en", "absent": false}],
              "location": null,
              "absentHost": false,
              "bookingFieldsResponses": {"name": "{{attendeeName}}", "email": "{{attendeeEmail}}"},
              "metadata": {},
              "createdAt": "2029-12-01T10:00:00.000Z"
            }
            """;

    public static StubReply EventType(int id = 42, int lengthInMinutes = 30, int[]? lengthInMinutesOptions = null, params string[] locationTypes)
    {
        var options = lengthInMinutesOptions is null ? string.Empty : $"\"lengthInMinutesOptions\": {JsonSerializer.Serialize(lengthInMinutesOptions)},";
        var locations = JsonSerializer.Serialize(locationTypes.Select(type => new Dictionary<string, string> { ["type"] = type }));
        return StubReply.Json(200, $$"""
            {
              "status": "success",
              "data": {
                "id": {{id}},
                "lengthInMinutes": {{lengthInMinutes}},
                {{options}}
                "title": "Intro call",
                "slug": "intro",
                "locations": {{locations}},
                "bookingFields": [],
                "ownerId": 1
              }
            }
            """);
    }

    /// <summary>Cal.com's own error envelope (HttpExceptionFilter).</summary>
    public static StubReply Envelope(int status, string code, string message) =>
        StubReply.Json(status, $$"""
            {
              "status": "error",
              "timestamp": "2030-01-01T00:00:00.000Z",
              "path": "/v2/bookings",
              "error": {
                "code": "{{code}}",
                "message": {{JsonSerializer.Serialize(message)}},
                "details": {"message": {{JsonSerializer.Serialize(message)}}, "statusCode": {{status}}}
              }
            }
            """).WithHeader("X-Request-Id", "0b0f6c2e-2222-4c3b-9a55-0c2f1f0e9abc");

    /// <summary>Nest's default shape, used for core HttpErrors that Cal.com does not translate.</summary>
    public static StubReply NestDefault(int status, string message) =>
        StubReply.Json(status, $$"""{"statusCode":{{status}},"message":{{JsonSerializer.Serialize(message)}}}""");
}
