using System.Text.Json;

namespace Booking.Infrastructure.Tests.Support;

/// <summary>Cal.com v2 replies of the lifecycle routes (slots, reservations, booking changes) as docs/calcom.md describes them.</summary>
public static class LifecycleReplies
{
    public const string JaneRoe = """[{"name": "Jane Roe", "email": "jane.roe@example.com", "timeZone": "Europe/Berlin", "language": "en", "absent": false}]""";

    /// <summary>A booking as GET, cancel and reschedule return it, with the optional cancel and reschedule fields.</summary>
    /// <param name="attendees">The JSON array of attendees.</param>
    public static StubReply Booking(
        string uid = "bk_7f3a",
        string status = "accepted",
        string? rescheduledFromUid = null,
        string? rescheduledToUid = null,
        int httpStatus = 200,
        string attendees = JaneRoe)
    {
        var links = new Dictionary<string, string>();
        if (rescheduledFromUid is not null)
        {
            links["rescheduledFromUid"] = rescheduledFromUid;
        }

        if (rescheduledToUid is not null)
        {
            links["rescheduledToUid"] = rescheduledToUid;
        }

        var extra = links.Count == 0 ? string.Empty : JsonSerializer.Serialize(links)[1..^1] + ",";
        return StubReply.Json(httpStatus, $$"""
            {
              "status": "success",
              "data": {
                "id": 982,
                "uid": "{{uid}}",
                "title": "30 min between Host and Jane",
                "hosts": [{"id": 1, "name": "Host", "email": "host@cal.test", "username": "host"}],
                "status": "{{status}}",
                {{extra}}
                "start": "2030-01-08T13:00:00.000Z",
                "end": "2030-01-08T13:30:00.000Z",
                "duration": 30,
                "eventTypeId": 42,
                "eventType": {"id": 42, "slug": "30min"},
                "attendees": {{attendees}},
                "location": "https://app.cal.com/video/{{uid}}",
                "absentHost": false,
                "bookingFieldsResponses": {"name": "Jane Roe", "email": "jane.roe@example.com"},
                "metadata": {},
                "createdAt": "2029-12-01T10:00:00.000Z"
              }
            }
            """);
    }

    /// <summary><c>GET /v2/slots?format=range</c> in Europe/Berlin: two days, deliberately listed out of order.</summary>
    public static StubReply Slots() => StubReply.Json(200, """
        {
          "status": "success",
          "data": {
            "2030-01-09": [
              {"start": "2030-01-09T09:00:00.000+01:00", "end": "2030-01-09T09:30:00.000+01:00"}
            ],
            "2030-01-08": [
              {"start": "2030-01-08T10:00:00.000+01:00", "end": "2030-01-08T10:30:00.000+01:00"},
              {"start": "2030-01-08T09:30:00.000+01:00", "end": "2030-01-08T10:00:00.000+01:00"}
            ]
          }
        }
        """);

    public static StubReply Reservation(string uid = "e84be5a3-4696-49e3-acc7-b2f3999c3b94", int httpStatus = 201) =>
        StubReply.Json(httpStatus, $$"""
            {
              "status": "success",
              "data": {
                "eventTypeId": 42,
                "slotStart": "2030-01-08T13:00:00.000Z",
                "slotEnd": "2030-01-08T13:30:00.000Z",
                "slotDuration": 30,
                "reservationUid": "{{uid}}",
                "reservationDuration": 5,
                "reservationUntil": "2030-01-01T12:05:00.000Z"
              }
            }
            """);
}
