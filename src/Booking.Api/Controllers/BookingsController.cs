using AutoMapper;
using Booking.Api.Contracts.Bookings;
using Booking.Api.Contracts.Errors;
using Booking.Api.Idempotency;
using Booking.Api.Observability;
using Booking.Application.Bookings.Commands.CancelBooking;
using Booking.Application.Bookings.Commands.RescheduleBooking;
using Booking.Application.Bookings.Queries.GetBooking;
using Booking.Domain.Bookings;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Booking.Api.Controllers;

[ApiController]
[Route("api/bookings")]
[Produces("application/json")]
[ProducesResponseType<ErrorEnvelope>(StatusCodes.Status400BadRequest)]
[ProducesResponseType<ErrorEnvelope>(StatusCodes.Status404NotFound)]
public sealed class BookingsController(IMediator mediator, IMapper mapper) : ControllerBase
{
    /// <summary>Reads a booking with its current status.</summary>
    /// <remarks>
    /// The body has the shape of the booking's 201, with <c>status</c> <c>confirmed</c>, <c>pending</c>,
    /// <c>cancelled</c> or <c>rejected</c>, and <c>rescheduledTo</c> / <c>rescheduledFrom</c> when they apply. An
    /// unknown id answers 404 BOOKING_NOT_FOUND; the uid of a recurring series (not one booking) 400 VALIDATION_ERROR.
    /// </remarks>
    [HttpGet("{reservationId}")]
    [ProducesResponseType<BookingResponse>(StatusCodes.Status200OK)]
    public async Task<ActionResult<BookingResponse>> Get(string reservationId, CancellationToken cancellationToken)
    {
        var booking = await mediator.Send(new GetBookingQuery { ReservationId = ReservationId.Parse(reservationId) }, cancellationToken);
        return mapper.Map<BookingResponse>(booking);
    }

    /// <summary>Cancels a booking; cancelling a cancelled booking answers the same 200 again. The body is optional.</summary>
    /// <remarks>
    /// Idempotent, so a retry after a lost answer is safe. <c>reason</c> (at most 500 characters) reaches the attendee
    /// and the host. A booking that has ended, or whose event type does not allow cancelling, answers
    /// 409 BOOKING_NOT_CANCELLABLE; the uid of a recurring series 400 VALIDATION_ERROR, with nothing cancelled.
    /// </remarks>
    [HttpPost("{reservationId}/cancel")]
    [Consumes("application/json", IsOptional = true)]
    [ProducesResponseType<BookingResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status409Conflict)]
    public async Task<ActionResult<BookingResponse>> Cancel(
        string reservationId,
        [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] CancelBookingRequest? request,
        CancellationToken cancellationToken)
    {
        var command = mapper.Map<CancelBookingCommand>(request ?? new CancelBookingRequest()) with { ReservationId = ReservationId.Parse(reservationId) };
        return mapper.Map<BookingResponse>(await mediator.Send(command, cancellationToken));
    }

    /// <summary>
    /// Moves a booking to a new time. Cal.com makes a NEW booking with a new reservation id (returned, with
    /// rescheduledFrom naming the old one) and cancels the old one.
    /// </summary>
    /// <remarks>
    /// <c>start</c> and <c>end</c> follow the rules of a new booking, and <c>end - start</c> must be the event type's
    /// default length. A cancelled, rescheduled or rejected booking answers 409 BOOKING_NOT_RESCHEDULABLE; a taken slot
    /// 409 SLOT_UNAVAILABLE, and the booking stays where it was; the uid of a recurring series 400 VALIDATION_ERROR.
    /// </remarks>
    [HttpPost("{reservationId}/reschedule")]
    [Idempotent]
    [RecordBookingOutcome]
    [Consumes("application/json")]
    [ProducesResponseType<BookingResponse>(StatusCodes.Status201Created)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status409Conflict)]
    public async Task<IActionResult> Reschedule(
        string reservationId, [FromBody] RescheduleBookingRequest request, CancellationToken cancellationToken)
    {
        var command = mapper.Map<RescheduleBookingCommand>(request) with { ReservationId = ReservationId.Parse(reservationId) };
        var response = mapper.Map<BookingResponse>(await mediator.Send(command, cancellationToken));
        return Created($"/api/bookings/{Uri.EscapeDataString(response.ReservationId)}", response);
    }
}
