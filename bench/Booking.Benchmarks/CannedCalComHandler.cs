using System.Net;
using System.Net.Http.Headers;

namespace Booking.Benchmarks;

/// <summary>
/// Stands in for the socket under the gateway's real HTTP pipeline: every booking gets Cal.com's 201 reply and every
/// read the event type, as fresh messages, so everything above the wire runs as in production.
/// </summary>
public sealed class CannedCalComHandler : HttpMessageHandler
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var (status, body) = request.Method == HttpMethod.Post
            ? (HttpStatusCode.Created, CannedReplies.BookingCreated)
            : (HttpStatusCode.OK, CannedReplies.EventType);

        var content = new ByteArrayContent(body);
        content.Headers.ContentType = Json;
        return Task.FromResult(new HttpResponseMessage(status) { Content = content, RequestMessage = request });
    }
}
