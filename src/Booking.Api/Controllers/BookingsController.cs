using AutoMapper;
using Booking.Api.Contracts.Bookings;
using Booking.Api.Contracts.Errors;
using Booking.Api.Idempotency;
using Booking.Application.Bookings.Commands.CancelBooking;
using Booking.Application.Bookings.Commands.RescheduleBooking;
using Booking.Application.Bookings.Queries.GetBooking;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Booking.Api.Controllers;

[ApiController]
[Route("api/bookings")]
[Produces("application/json")]
[ProducesResponseType<ErrorEnvelope>(StatusCodes.Status400BadRequest)]
[ProducesResponseType<ErrorEnvelope>(StatusCodes.Status401Unauthorized)]
[ProducesResponseType<ErrorEnvelope>(StatusCodes.Status404NotFound)]
[ProducesResponseType<ErrorEnvelope>(StatusCodes.Status429TooManyRequests)]
[ProducesResponseType<ErrorEnvelope>(StatusCodes.Status502BadGateway)]
[ProducesResponseType<ErrorEnvelope>(StatusCodes.Status503ServiceUnavailable)]
[ProducesResponseType<ErrorEnvelope>(StatusCodes.Status504GatewayTimeout)]
public sealed class BookingsController(IMediator mediator, IMapper mapper) : ControllerBase
{
    /// <summary>Reads a booking with its current status.</summary>
    [HttpGet("{reservationId}")]
    [ProducesResponseType<BookingResponse>(StatusCodes.Status200OK)]
    public async Task<ActionResult<BookingResponse>> Get(string reservationId, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new GetBookingQuery { ReservationId = reservationId }, cancellationToken);
        return mapper.Map<BookingResponse>(result);
    }

    /// <summary>Cancels a booking; cancelling a cancelled booking answers the same 200 again. The body is optional.</summary>
    [HttpPost("{reservationId}/cancel")]
    [Consumes("application/json", IsOptional = true)]
    [ProducesResponseType<BookingResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status409Conflict)]
    public async Task<ActionResult<BookingResponse>> Cancel(
        string reservationId,
        [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] CancelBookingRequest? request,
        CancellationToken cancellationToken)
    {
        var command = mapper.Map<CancelBookingCommand>(request ?? new CancelBookingRequest()) with { ReservationId = reservationId };
        return mapper.Map<BookingResponse>(await mediator.Send(command, cancellationToken));
    }

    /// <summary>
    /// Moves a booking to a new time. Cal.com makes a NEW booking with a new reservation id (returned, with
    /// rescheduledFrom naming the old one) and cancels the old one.
    /// </summary>
    [HttpPost("{reservationId}/reschedule")]
    [Idempotent]
    [Consumes("application/json")]
    [ProducesResponseType<BookingResponse>(StatusCodes.Status201Created)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status409Conflict)]
    public async Task<IActionResult> Reschedule(
        string reservationId, [FromBody] RescheduleBookingRequest request, CancellationToken cancellationToken)
    {
        var command = mapper.Map<RescheduleBookingCommand>(request) with { ReservationId = reservationId };
        var response = mapper.Map<BookingResponse>(await mediator.Send(command, cancellationToken));
        return Created($"/api/bookings/{Uri.EscapeDataString(response.ReservationId)}", response);
    }
}
