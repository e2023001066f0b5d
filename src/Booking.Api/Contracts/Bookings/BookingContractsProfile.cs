using System.Globalization;
using AutoMapper;
using Booking.Application.Bookings;
using Booking.Application.Bookings.Commands.CreateBooking;

namespace Booking.Api.Contracts.Bookings;

/// <summary>Maps the HTTP contracts to the create-booking command and the booking result back to the response body.</summary>
public sealed class BookingContractsProfile : Profile
{
    public const string UtcInstantFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    public BookingContractsProfile()
    {
        CreateMap<AttendeeRequest, AttendeeInput>();
        CreateMap<ReserveSlotRequest, CreateBookingCommand>()
            .ForMember(command => command.TimeZone, options => options.MapFrom(request => request.Timezone));

        CreateMap<BookingResult, ReserveSlotResponse>()
            .ForMember(response => response.Status, options => options.MapFrom(result => BookingStatusNames.Of(result.Status)))
            .ForMember(response => response.EventDetails, options => options.MapFrom(result => new EventDetailsResponse
            {
                Start = FormatUtc(result.Start),
                End = FormatUtc(result.End),
                EventTypeId = result.EventTypeId.ToString(CultureInfo.InvariantCulture),
            }))
            .ForMember(response => response.Attendee, options => options.MapFrom(result => new AttendeeResponse
            {
                Name = result.AttendeeName,
                Email = result.AttendeeEmail,
            }));
    }

    public static string FormatUtc(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString(UtcInstantFormat, CultureInfo.InvariantCulture);
}
