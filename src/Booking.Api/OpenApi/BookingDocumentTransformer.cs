using Booking.Api.Errors;
using System.Text;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Booking.Api.OpenApi;

/// <summary>
/// The document's title and overview, the full error table, a description for each tag in use, and its one server:
/// <c>OpenApi__ServerUrl</c> when set, else <c>/</c> (the host the document was fetched from). Never the request's
/// <c>Host</c> header, which any client can set.
/// </summary>
public sealed class BookingDocumentTransformer(IConfiguration configuration) : IOpenApiDocumentTransformer
{
    /// <summary>The setting that names the URL clients reach this service at.</summary>
    public const string ServerUrlSetting = "OpenApi:ServerUrl";

    private static readonly Dictionary<string, string> TagDescriptions = new(StringComparer.Ordinal)
    {
        ["Slots"] = "Book a slot: a permanent Cal.com booking that appears in the dashboard and the calendars.",
        ["Bookings"] = "Read, cancel and reschedule bookings made through this API.",
        ["Health"] = "Probes for orchestrators and meshes. Their answers are status reports, not the error envelope.",
    };

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);

        document.Info = new OpenApiInfo
        {
            Title = "Booking API",
            Version = "v1",
            Description = Overview(),
        };

        var configured = configuration[ServerUrlSetting];
        document.Servers = [new OpenApiServer { Url = string.IsNullOrWhiteSpace(configured) ? "/" : configured.Trim().TrimEnd('/') }];

        foreach (var tag in document.Tags ?? Enumerable.Empty<OpenApiTag>())
        {
            if (tag.Name is { } name && TagDescriptions.TryGetValue(name, out var description))
            {
                tag.Description = description;
            }
        }

        return Task.CompletedTask;
    }

    private static string Overview()
    {
        var text = new StringBuilder()
            .AppendLine("Creates real, permanent Cal.com bookings through a small REST API that handles Cal.com API v2's")
            .AppendLine("versions, errors and retries. Times are UTC ISO-8601. Send `x-correlation-id` to trace a request;")
            .AppendLine("it is echoed and returned in error bodies.")
            .AppendLine()
            .AppendLine("Every error has one shape, `{\"error\":{code,message,details,timestamp,correlationId}}`, with one of these codes:")
            .AppendLine()
            .AppendLine("| code | HTTP | when |")
            .AppendLine("|---|---|---|");
        foreach (var error in ErrorTable.All)
        {
            text.Append("| `").Append(error.Code).Append("` | ").Append(error.StatusCode).Append(" | ").Append(error.When).AppendLine(" |");
        }

        return text.ToString();
    }
}
