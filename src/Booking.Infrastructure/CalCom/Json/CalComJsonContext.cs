using System.Text.Json;
using System.Text.Json.Serialization;

namespace Booking.Infrastructure.CalCom.Json;

/// <summary>Source-generated (reflection-free) JSON metadata for everything exchanged with Cal.com.</summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    PropertyNameCaseInsensitive = false,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(CreateBookingBody))]
[JsonSerializable(typeof(CalComSuccessResponse<BookingData>))]
[JsonSerializable(typeof(CalComSuccessResponse<IReadOnlyList<BookingData>>))]
[JsonSerializable(typeof(CalComSuccessResponse<EventTypeData>))]
[JsonSerializable(typeof(CalComSuccessResponse<Dictionary<string, List<SlotData>>>))]
[JsonSerializable(typeof(CancelBookingBody))]
[JsonSerializable(typeof(RescheduleBookingBody))]
[JsonSerializable(typeof(HoldSlotBody))]
[JsonSerializable(typeof(CalComSuccessResponse<SlotHoldData>))]
internal sealed partial class CalComJsonContext : JsonSerializerContext;
