namespace Booking.CalComSandbox.Tests.Support;

/// <summary>The event types of the shipped seed.json.</summary>
internal static class SeedIds
{
    public const int ThirtyMinutes = 3139331;
    public const int MultipleLengths = 3139332;
    public const int RequiresConfirmation = 3139333;
    public const int NewYorkWorkingHours = 3139334;
    public const int RequiresLocation = 3139335;
    public const int RequiredBookingField = 3139336;
    public const int Unknown = 999999;
    public const string HostEmail = "host@sandbox.example.com";
}
