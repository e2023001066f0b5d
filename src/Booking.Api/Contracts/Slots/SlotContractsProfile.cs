using System.Globalization;
using AutoMapper;
using Booking.Api.Contracts.Bookings;
using Booking.Application.Bookings.Commands.HoldSlot;
using Booking.Application.Bookings.Queries.GetAvailableSlots;
using Booking.Domain.Slots;

namespace Booking.Api.Contracts.Slots;

/// <summary>Maps the slot search and hold contracts to their query and command, and the results back.</summary>
public sealed class SlotContractsProfile : Profile
{
    public const string LocalInstantFormat = "yyyy-MM-dd'T'HH:mm:ss.fffzzz";

    public SlotContractsProfile()
    {
        CreateMap<AvailableSlotsRequest, GetAvailableSlotsQuery>()
            .ForMember(query => query.TimeZone, options => options.MapFrom(request => request.Timezone));
        CreateMap<AvailableSlotsResult, AvailableSlotsResponse>()
            .ForMember(response => response.EventTypeId, options => options.MapFrom(result => result.EventTypeId.ToString(CultureInfo.InvariantCulture)))
            .ForMember(response => response.Timezone, options => options.MapFrom(result => result.TimeZone));
        CreateMap<AvailableDay, AvailableDayResponse>()
            .ForMember(response => response.Date, options => options.MapFrom(day => day.Date.ToString(SlotSearchWindow.DateFormat, CultureInfo.InvariantCulture)));
        CreateMap<AvailableSlot, AvailableSlotResponse>()
            .ForMember(response => response.Start, options => options.MapFrom(slot => BookingContractsProfile.FormatUtc(slot.Start)))
            .ForMember(response => response.End, options => options.MapFrom(slot => BookingContractsProfile.FormatUtc(slot.End)))
            .ForMember(response => response.LocalStart, options => options.MapFrom(slot => FormatLocal(slot.LocalStart)))
            .ForMember(response => response.LocalEnd, options => options.MapFrom(slot => FormatLocal(slot.LocalEnd)));

        CreateMap<HoldSlotRequest, HoldSlotCommand>();
        CreateMap<SlotHoldResult, SlotHoldResponse>()
            .ForMember(response => response.EventTypeId, options => options.MapFrom(result => result.EventTypeId.ToString(CultureInfo.InvariantCulture)))
            .ForMember(response => response.Start, options => options.MapFrom(result => BookingContractsProfile.FormatUtc(result.Start)))
            .ForMember(response => response.End, options => options.MapFrom(result => BookingContractsProfile.FormatUtc(result.End)))
            .ForMember(response => response.ExpiresAt, options => options.MapFrom(result => BookingContractsProfile.FormatUtc(result.ExpiresAt)));
    }

    public static string FormatLocal(DateTimeOffset instant) => instant.ToString(LocalInstantFormat, CultureInfo.InvariantCulture);
}
