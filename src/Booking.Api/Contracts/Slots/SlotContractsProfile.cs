using System.Globalization;
using AutoMapper;
using Booking.Application.Bookings.Commands.HoldSlot;
using Booking.Application.Bookings.Queries.GetAvailableSlots;
using Booking.Domain.Bookings;
using Booking.Domain.Common;
using Booking.Domain.Slots;

namespace Booking.Api.Contracts.Slots;

/// <summary>Maps the slot search and hold contracts to their query and command, and the results back.</summary>
public sealed class SlotContractsProfile : Profile
{
    public SlotContractsProfile()
    {
        // The window is read in the requested zone, so the zone is read first; one conversion keeps each read to once.
        CreateMap<AvailableSlotsRequest, GetAvailableSlotsQuery>().ConvertUsing(request => QueryOf(request));
        CreateMap<AvailableSlotsResult, AvailableSlotsResponse>()
            .ForMember(response => response.EventTypeId, options => options.MapFrom(result => result.EventTypeId.ToString()))
            .ForMember(response => response.Timezone, options => options.MapFrom(result => result.TimeZone));
        CreateMap<AvailableDay, AvailableDayResponse>()
            .ForMember(response => response.Date, options => options.MapFrom(day => day.Date.ToString(SlotSearchWindow.DateFormat, CultureInfo.InvariantCulture)));
        CreateMap<AvailableSlot, AvailableSlotResponse>()
            .ForMember(response => response.Start, options => options.MapFrom(slot => Iso8601.FormatUtc(slot.Start)))
            .ForMember(response => response.End, options => options.MapFrom(slot => Iso8601.FormatUtc(slot.End)))
            .ForMember(response => response.LocalStart, options => options.MapFrom(slot => Iso8601.FormatLocal(slot.LocalStart)))
            .ForMember(response => response.LocalEnd, options => options.MapFrom(slot => Iso8601.FormatLocal(slot.LocalEnd)));

        CreateMap<HoldSlotRequest, HoldSlotCommand>()
            .ForMember(command => command.EventTypeId, options => options.MapFrom(request => EventTypeId.Parse(request.EventTypeId)))
            .ForMember(command => command.Start, options => options.MapFrom(request => Iso8601.ParseInstant(request.Start, "start")));
        CreateMap<SlotHold, SlotHoldResponse>()
            .ForMember(response => response.HoldId, options => options.MapFrom(hold => hold.Id))
            .ForMember(response => response.EventTypeId, options => options.MapFrom(hold => hold.EventTypeId.ToString()))
            .ForMember(response => response.Start, options => options.MapFrom(hold => Iso8601.FormatUtc(hold.Slot.Start)))
            .ForMember(response => response.End, options => options.MapFrom(hold => Iso8601.FormatUtc(hold.Slot.End)))
            .ForMember(response => response.ExpiresAt, options => options.MapFrom(hold => Iso8601.FormatUtc(hold.ExpiresAt)));
    }

    private static GetAvailableSlotsQuery QueryOf(AvailableSlotsRequest request)
    {
        var zone = IanaTimeZone.Parse(request.Timezone);
        return new GetAvailableSlotsQuery
        {
            EventTypeId = EventTypeId.Parse(request.EventTypeId),
            TimeZone = zone,
            // An invalid zone is reported on its own; the bounds are still read, in UTC.
            Window = SlotSearchWindow.Parse(request.Start, request.End, zone.IsValid ? zone.Value : TimeZoneInfo.Utc),
        };
    }
}
