namespace Booking.Infrastructure.CalCom;

/// <summary>The Cal.com calls the gateway makes; some replies mean different things per call.</summary>
internal enum CalComOperation
{
    CreateBooking,
    FindEventType,
    FindBookings,
    FindAvailableSlots,
    GetBooking,
    CancelBooking,
    RescheduleBooking,
    HoldSlot,
}
