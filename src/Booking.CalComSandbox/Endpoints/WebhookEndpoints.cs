using Booking.CalComSandbox.Http;
using Booking.CalComSandbox.Scheduling;
using Booking.CalComSandbox.Validation;
using Booking.CalComSandbox.Webhooks;

namespace Booking.CalComSandbox.Endpoints;

/// <summary>
/// Cal.com's user-level webhook routes (<c>WebhooksController</c>): API key required, any <c>cal-api-version</c>. The
/// sandbox key's user, the host, owns every webhook made here.
/// </summary>
internal static class WebhookEndpoints
{
    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost("/v2/webhooks", CreateAsync);
        routes.MapGet("/v2/webhooks", List);
        routes.MapGet("/v2/webhooks/{webhookId}", Get);
        routes.MapPatch("/v2/webhooks/{webhookId}", UpdateAsync);
        routes.MapDelete("/v2/webhooks/{webhookId}", Delete);
    }

    private static async Task<IResult> CreateAsync(HttpContext context, WebhookStore store, EventTypeCatalog catalog, TimeProvider time)
    {
        Responses.RequireApiAuthentication(context);
        var input = WebhookInputParser.ParseCreate(await JsonBody.ReadAsync(context.Request));
        if (input.Triggers!.Contains(WebhookTriggers.DelegationCredentialError))
        {
            throw CalComProblemException.BadRequest(CalComMessages.DelegationCredentialErrorTrigger);
        }

        var webhook = new StoredWebhook
        {
            Id = Guid.NewGuid().ToString(),
            UserId = catalog.Host.Id,
            SubscriberUrl = input.SubscriberUrl!,
            PayloadTemplate = input.PayloadTemplate.Value,
            CreatedAt = time.GetUtcNow(),
            Active = input.Active!.Value,
            Triggers = input.Triggers!,
            Secret = input.Secret.Value,
            Version = input.Version ?? WebhookVersions.V20211020,
        };

        if (store.HasUrlOfUser(webhook.UserId, webhook.SubscriberUrl))
        {
            throw new CalComProblemException(StatusCodes.Status409Conflict, CalComMessages.WebhookUrlTaken);
        }

        if (input.NullsRequiredColumn)
        {
            throw PrismaFailure();
        }

        // The unique index (userId, subscriberUrl) catches a concurrent create of the same URL after the check above.
        if (!store.TryAdd(webhook))
        {
            throw UniqueConflict();
        }

        return Responses.Success(WebhookOutputs.Exposed(webhook), StatusCodes.Status201Created);
    }

    private static IResult List(HttpContext context, WebhookStore store, EventTypeCatalog catalog)
    {
        Responses.RequireApiAuthentication(context);
        var query = WebhookListQuery.Parse(context.Request.Query);
        return Responses.Success(store.PageOfUser(catalog.Host.Id, query.Skip, query.Take).Select(WebhookOutputs.Exposed).ToList());
    }

    private static IResult Get(HttpContext context, string webhookId, WebhookStore store) =>
        Responses.Success(WebhookOutputs.Row(FindOwned(context, webhookId, store)));

    private static async Task<IResult> UpdateAsync(HttpContext context, string webhookId, WebhookStore store)
    {
        FindOwned(context, webhookId, store);
        var input = WebhookInputParser.ParseUpdate(await JsonBody.ReadAsync(context.Request));
        if (input.NullsRequiredColumn)
        {
            throw PrismaFailure();
        }

        var (outcome, updated) = store.TryUpdate(webhookId, current => current with
        {
            Active = input.Active ?? current.Active,
            SubscriberUrl = input.SubscriberUrl ?? current.SubscriberUrl,
            Triggers = input.Triggers ?? current.Triggers,
            Version = input.Version ?? current.Version,
            PayloadTemplate = input.PayloadTemplate.Or(current.PayloadTemplate),
            Secret = input.Secret.Or(current.Secret),
        });
        return outcome switch
        {
            WebhookChange.Done => Responses.Success(WebhookOutputs.Exposed(updated!)),
            WebhookChange.UrlTaken => throw UniqueConflict(),
            _ => throw RecordNotFound(),
        };
    }

    private static IResult Delete(HttpContext context, string webhookId, WebhookStore store)
    {
        FindOwned(context, webhookId, store);
        var removed = store.Remove(webhookId) ?? throw RecordNotFound();
        return Responses.Success(WebhookOutputs.Exposed(removed));
    }

    /// <summary>Cal.com's <c>IsUserWebhookGuard</c>, which runs before the body is validated.</summary>
    private static StoredWebhook FindOwned(HttpContext context, string webhookId, WebhookStore store)
    {
        Responses.RequireApiAuthentication(context);
        return store.Find(webhookId) ?? throw CalComProblemException.NotFound(CalComMessages.WebhookNotFound(webhookId));
    }

    private static CalComProblemException PrismaFailure() =>
        CalComProblemException.Coded(StatusCodes.Status500InternalServerError, "INTERNAL_SERVER_ERROR", CalComMessages.PrismaFailure);

    /// <summary>Prisma's P2002, which Cal.com's Prisma filter answers without the webhook-specific message.</summary>
    private static CalComProblemException UniqueConflict() =>
        CalComProblemException.Coded(StatusCodes.Status409Conflict, "CONFLICT", CalComMessages.PrismaRecordExists);

    /// <summary>Prisma's P2025: the row went away between the guard's read and the write.</summary>
    private static CalComProblemException RecordNotFound() =>
        CalComProblemException.Coded(StatusCodes.Status404NotFound, "NOT_FOUND", CalComMessages.PrismaRecordNotFound);
}
