using AutoMapper;
using Booking.Api.Contracts.Bookings;
using Booking.Api.Contracts.Errors;
using Booking.Api.Idempotency;
using Booking.Application.Bookings.Commands.CreateBooking;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Booking.Api.Controllers;

[ApiController]
[Route("api/slots")]
[Produces("application/json")]
public sealed class SlotsController(IMediator mediator, IMapper mapper) : ControllerBase
{
    /// <summary>Creates a permanent Cal.com booking (not a temporary hold).</summary>
    [HttpPost("reserve")]
    [Idempotent]
    [Consumes("application/json")]
    [ProducesResponseType<ReserveSlotResponse>(StatusCodes.Status201Created)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status401Unauthorized)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status409Conflict)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status429TooManyRequests)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status502BadGateway)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status503ServiceUnavailable)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status504GatewayTimeout)]
    public async Task<IActionResult> Reserve([FromBody] ReserveSlotRequest request, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(mapper.Map<CreateBookingCommand>(request), cancellationToken);
        var response = mapper.Map<ReserveSlotResponse>(result);
        return Created($"/api/bookings/{Uri.EscapeDataString(response.ReservationId)}", response);
    }
}
