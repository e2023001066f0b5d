using System.Globalization;
using AutoMapper;
using Booking.Application.Bookings;
using Booking.Application.Bookings.Commands.CancelBooking;
using Booking.Application.Bookings.Commands.RescheduleBooking;

namespace Booking.Api.Contracts.Bookings;

/// <summary>
/// Maps the bodies of the cancel and reschedule routes to their commands (the reservation id comes from the URL and is
/// set by the controller) and any booking result to <see cref="BookingResponse"/>.
/// </summary>
public sealed class BookingLifecycleContractsProfile : Profile
{
    public BookingLifecycleContractsProfile()
    {
        CreateMap<CancelBookingRequest, CancelBookingCommand>()
            .ForMember(command => command.ReservationId, options => options.Ignore());
        CreateMap<RescheduleBookingRequest, RescheduleBookingCommand>()
            .ForMember(command => command.ReservationId, options => options.Ignore());

        CreateMap<BookingResult, BookingResponse>()
            .ForMember(response => response.Status, options => options.MapFrom(result => BookingStatusNames.Of(result.Status)))
            .ForMember(response => response.EventDetails, options => options.MapFrom(result => new EventDetailsResponse
            {
                Start = BookingContractsProfile.FormatUtc(result.Start),
                End = BookingContractsProfile.FormatUtc(result.End),
                EventTypeId = result.EventTypeId.ToString(CultureInfo.InvariantCulture),
            }))
            .ForMember(response => response.Attendee, options => options.MapFrom(result => new AttendeeResponse
            {
                Name = result.AttendeeName,
                Email = result.AttendeeEmail,
            }));
    }
}
