namespace Booking.CalComSandbox.Output;

internal sealed record Pagination
{
    public required int TotalItems { get; init; }

    public required int RemainingItems { get; init; }

    public required int ReturnedItems { get; init; }

    public required int ItemsPerPage { get; init; }

    public required int CurrentPage { get; init; }

    public required int TotalPages { get; init; }

    public required bool HasNextPage { get; init; }

    public required bool HasPreviousPage { get; init; }

    public static Pagination Of(int totalItems, int skip, int take, int returned) => new()
    {
        TotalItems = totalItems,
        RemainingItems = Math.Max(0, totalItems - (skip + returned)),
        ReturnedItems = returned,
        ItemsPerPage = take,
        CurrentPage = (skip / take) + 1,
        TotalPages = (totalItems + take - 1) / take,
        HasNextPage = skip + returned < totalItems,
        HasPreviousPage = skip > 0,
    };
}
