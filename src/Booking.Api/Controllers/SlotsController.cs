using AutoMapper;
using Booking.Api.Contracts.Bookings;
using Booking.Api.Contracts.Errors;
using Booking.Api.Contracts.Slots;
using Booking.Api.Filters;
using Booking.Api.Idempotency;
using Booking.Api.Observability;
using Booking.Application.Bookings.Commands.CreateBooking;
using Booking.Application.Bookings.Commands.HoldSlot;
using Booking.Application.Bookings.Queries.GetAvailableSlots;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Booking.Api.Controllers;

[ApiController]
[Route("api/slots")]
[Produces("application/json")]
[ProducesResponseType<ErrorEnvelope>(StatusCodes.Status400BadRequest)]
[ProducesResponseType<ErrorEnvelope>(StatusCodes.Status404NotFound)]
public sealed class SlotsController(IMediator mediator, IMapper mapper) : ControllerBase
{
    /// <summary>Lists the free slots of an event type that start in a window of at most 31 days, grouped by day.</summary>
    /// <remarks>
    /// Read live from Cal.com: booked slots and slots held by someone else are left out. <c>start</c> and <c>end</c> are
    /// dates (whole days in <c>timezone</c>) or ISO-8601 times with <c>Z</c> or an offset; each slot's <c>start</c> and
    /// <c>end</c> go unchanged into POST /api/slots/reserve. Unknown query parameters are rejected by name.
    /// </remarks>
    [HttpGet]
    [RejectUnknownQueryParameters]
    [ProducesResponseType<AvailableSlotsResponse>(StatusCodes.Status200OK)]
    public async Task<ActionResult<AvailableSlotsResponse>> Find([FromQuery] AvailableSlotsRequest request, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(mapper.Map<GetAvailableSlotsQuery>(request), cancellationToken);
        return mapper.Map<AvailableSlotsResponse>(result);
    }

    /// <summary>Creates a permanent Cal.com booking (not a temporary hold).</summary>
    /// <remarks>
    /// The booking appears in the Cal.com dashboard and calendars. <c>status</c> is <c>confirmed</c>, or <c>pending</c>
    /// when the event type needs the host to confirm. When Cal.com's answer is lost or unclear the service looks the
    /// booking up before answering, so a 502, 503 or 504 means it could not tell: check the booking before booking
    /// again, or repeat the request with the same <c>Idempotency-Key</c> to get its first answer.
    /// </remarks>
    // The route keeps the product's "reserve"; the operation id stays SlotsReserve for generated clients (ADR 27).
    [HttpPost("reserve", Name = "SlotsReserve")]
    [Idempotent]
    [RecordBookingOutcome]
    [Consumes("application/json")]
    [ProducesResponseType<BookingResponse>(StatusCodes.Status201Created)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status409Conflict)]
    public async Task<IActionResult> CreateBooking([FromBody] CreateBookingRequest request, CancellationToken cancellationToken)
    {
        var booking = await mediator.Send(mapper.Map<CreateBookingCommand>(request), cancellationToken);
        var response = mapper.Map<BookingResponse>(booking);
        return Created($"/api/bookings/{Uri.EscapeDataString(response.ReservationId)}", response);
    }

    /// <summary>
    /// Holds a slot for a few minutes while the attendee completes a form. A temporary hold, NOT a booking: it hides the
    /// slot from other searches and holds but does not stop anyone from booking it; book with POST /api/slots/reserve.
    /// </summary>
    /// <remarks>
    /// The hold never appears in the Cal.com dashboard and lapses at <c>expiresAt</c> (5 minutes). A slot that is booked
    /// or held already answers 409 SLOT_UNAVAILABLE.
    /// </remarks>
    [HttpPost("holds")]
    [Idempotent]
    [Consumes("application/json")]
    [ProducesResponseType<SlotHoldResponse>(StatusCodes.Status201Created)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status409Conflict)]
    public async Task<IActionResult> Hold([FromBody] HoldSlotRequest request, CancellationToken cancellationToken)
    {
        var hold = await mediator.Send(mapper.Map<HoldSlotCommand>(request), cancellationToken);
        return StatusCode(StatusCodes.Status201Created, mapper.Map<SlotHoldResponse>(hold));
    }
}
