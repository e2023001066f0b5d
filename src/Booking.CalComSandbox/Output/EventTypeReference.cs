namespace Booking.CalComSandbox.Output;

internal sealed record EventTypeReference(int Id, string Slug);
