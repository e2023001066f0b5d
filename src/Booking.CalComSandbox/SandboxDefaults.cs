namespace Booking.CalComSandbox;

public static class SandboxDefaults
{
    public const string ApiKey = "cal_sandbox_5f2b8c0e9d4a4f6b";
}
