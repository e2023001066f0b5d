using System.Globalization;
using System.Text.Json;
using AutoMapper;
using Booking.Application.Bookings.Commands.CancelBooking;
using Booking.Application.Bookings.Commands.CreateBooking;
using Booking.Application.Bookings.Commands.RescheduleBooking;
using Booking.Domain.Bookings;
using Booking.Domain.Common;

namespace Booking.Api.Contracts.Bookings;

/// <summary>
/// The booking contracts' one mapping per direction: each request body to its command, its values read by their value
/// objects (the reservation id comes from the URL and is set by the controller), and a booking to
/// <see cref="BookingResponse"/>.
/// </summary>
public sealed class BookingContractsProfile : Profile
{
    public BookingContractsProfile()
    {
        CreateMap<CreateBookingRequest, CreateBookingCommand>()
            .ForMember(command => command.EventTypeId, options => options.MapFrom(request => EventTypeId.Parse(request.EventTypeId)))
            .ForMember(command => command.Slot, options => options.MapFrom(request => TimeSlot.Parse(request.Start, request.End)))
            .ForMember(command => command.Attendee, options => options.MapFrom(request => AttendeeOf(request)))
            .ForMember(command => command.Metadata, options => options.MapFrom(request => BookingMetadata.Parse(MetadataValues.AsText(request.Metadata))));

        CreateMap<CancelBookingRequest, CancelBookingCommand>()
            .ForMember(command => command.ReservationId, options => options.Ignore())
            .ForMember(command => command.Reason, options => options.MapFrom(request => ChangeReason.Parse(request.Reason)));

        CreateMap<RescheduleBookingRequest, RescheduleBookingCommand>()
            .ForMember(command => command.ReservationId, options => options.Ignore())
            .ForMember(command => command.Slot, options => options.MapFrom(request => TimeSlot.Parse(request.Start, request.End)))
            .ForMember(command => command.Reason, options => options.MapFrom(request => ChangeReason.Parse(request.Reason)));

        CreateMap<BookingAggregate, BookingResponse>()
            .ForMember(response => response.ReservationId, options => options.MapFrom(booking => booking.Id!.Value.Value))
            .ForMember(response => response.Status, options => options.MapFrom(booking => BookingStatusNames.Of(booking.Status)))
            .ForMember(response => response.EventDetails, options => options.MapFrom(booking => new EventDetailsResponse
            {
                Start = Iso8601.FormatUtc(booking.Slot.Start),
                End = Iso8601.FormatUtc(booking.Slot.End),
                EventTypeId = booking.EventTypeId.Value.ToString(CultureInfo.InvariantCulture),
            }))
            .ForMember(response => response.Attendee, options => options.MapFrom(booking => new AttendeeResponse
            {
                Name = booking.Attendee.Name,
                Email = booking.Attendee.Email.Value,
            }))
            .ForMember(response => response.RescheduledFrom, options => options.MapFrom(booking => IdText(booking.RescheduledFrom)))
            .ForMember(response => response.RescheduledTo, options => options.MapFrom(booking => IdText(booking.RescheduledTo)));
    }

    private static Parsed<Attendee> AttendeeOf(CreateBookingRequest request) =>
        Attendee.Parse(request.Attendee is { } attendee ? (attendee.Name, attendee.Email) : null, request.Timezone);

    private static string? IdText(ReservationId? id) => id?.Value;
}
