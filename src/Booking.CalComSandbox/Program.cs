namespace Booking.CalComSandbox;

public static class SandboxProgram
{
    public static void Main() { }
}
