using System.Net.Http.Headers;
using Microsoft.Extensions.Options;

namespace Booking.Infrastructure.CalCom.Http;

/// <summary>Adds <c>Authorization: Bearer &lt;key&gt;</c> when a key is configured (Cal.com allows anonymous booking).</summary>
internal sealed class CalComAuthorizationHandler(IOptions<CalComOptions> options) : DelegatingHandler
{
    private readonly AuthenticationHeaderValue? authorization =
        string.IsNullOrWhiteSpace(options.Value.ApiKey) ? null : new AuthenticationHeaderValue("Bearer", options.Value.ApiKey);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (authorization is not null)
        {
            request.Headers.Authorization ??= authorization;
        }

        return base.SendAsync(request, cancellationToken);
    }
}
