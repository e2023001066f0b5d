using System.Net;

namespace Booking.Infrastructure.CalCom;

/// <summary>What a non-success Cal.com reply told us, already stripped of personal data.</summary>
/// <param name="StatusCode">The HTTP status.</param>
/// <param name="Message">Cal.com's message (either body shape), or null when the body had none.</param>
/// <param name="RateLimitReset">The <c>X-RateLimit-Reset-Default</c> header, when present and readable.</param>
internal sealed record CalComErrorReply(HttpStatusCode StatusCode, string? Message, TimeSpan? RateLimitReset);
