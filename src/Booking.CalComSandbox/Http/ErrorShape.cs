namespace Booking.CalComSandbox.Http;

internal enum ErrorShape
{
    /// <summary>Cal.com's own filter: <c>{status:"error", timestamp, path, error:{code, message, details}}</c>.</summary>
    Envelope,

    /// <summary>Cal.com's Prisma and Zod filters: the envelope with a fixed code (e.g. <c>CONFLICT</c>) and no <c>details</c>.</summary>
    CodedEnvelope,

    /// <summary>A core <c>HttpError</c> through Nest's base filter: <c>{statusCode, message}</c>.</summary>
    NestHttpError,

    /// <summary>Nest's built-in exceptions (e.g. an unmatched route): <c>{message, error, statusCode}</c>.</summary>
    NestException,
}
