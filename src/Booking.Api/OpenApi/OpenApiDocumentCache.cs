using System.Security.Cryptography;
using Booking.Api.Hosting;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Microsoft.OpenApi;

namespace Booking.Api.OpenApi;

/// <summary>
/// Serves the OpenAPI document built once per process: generating it walks every route and schema (about 120 KB of
/// JSON), far more work than a booking, so rebuilding it per request let a few clients slow everyone down. It does not
/// depend on the request (its server is configuration), so one copy serves all, with an <c>ETag</c> for revalidation.
/// </summary>
public sealed class OpenApiDocumentCache(IServiceProvider services, IOptionsMonitor<OpenApiOptions> options)
{
    /// <summary>Clients may reuse the document for a few minutes, then revalidate it with its ETag.</summary>
    public const string CacheControl = "public, max-age=300";

    private readonly SemaphoreSlim building = new(1, 1);
    private Built? built;

    public async Task<IResult> ServeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var document = await GetAsync(context.RequestAborted);

        var headers = context.Response.GetTypedHeaders();
        headers.ETag = document.ETag;
        headers.CacheControl = CacheControlHeaderValue.Parse(CacheControl);
        var ifNoneMatch = context.Request.GetTypedHeaders().IfNoneMatch;
        if (ifNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(document.ETag, useStrongComparison: false)))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        return Results.Bytes(document.Json, "application/json; charset=utf-8");
    }

    private async Task<Built> GetAsync(CancellationToken cancellationToken)
    {
        if (built is { } ready)
        {
            return ready;
        }

        await building.WaitAsync(cancellationToken);
        try
        {
            return built ??= await BuildAsync(cancellationToken);
        }
        finally
        {
            building.Release();
        }
    }

    private async Task<Built> BuildAsync(CancellationToken cancellationToken)
    {
        var provider = services.GetRequiredKeyedService<IOpenApiDocumentProvider>(OpenApiHosting.DocumentName);
        var document = await provider.GetOpenApiDocumentAsync(cancellationToken);
        using var json = new MemoryStream();
        await document.SerializeAsJsonAsync(json, options.Get(OpenApiHosting.DocumentName).OpenApiVersion, cancellationToken);
        var bytes = json.ToArray();
        var etag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(bytes))[..32]}\"");
        return new Built(bytes, etag);
    }

    private sealed record Built(byte[] Json, EntityTagHeaderValue ETag);
}
