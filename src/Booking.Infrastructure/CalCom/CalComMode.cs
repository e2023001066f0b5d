namespace Booking.Infrastructure.CalCom;

/// <summary>Whether bookings go to the local Cal.com sandbox or to a real Cal.com.</summary>
public enum CalComMode
{
    Sandbox,
    Live,
}
