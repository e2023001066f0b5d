using AutoMapper;
using BenchmarkDotNet.Attributes;
using Booking.Api.Contracts.Bookings;
using Booking.Api.Controllers;
using Booking.Application.Bookings.Commands.CreateBooking;
using Booking.Application.Common.Interfaces;
using Booking.Domain.Bookings;
using Booking.Domain.EventTypes;
using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Booking.Benchmarks;

/// <summary>
/// One booking from the controller down to the gateway, with Cal.com's reply canned below the HTTP pipeline; and
/// the parts of that path on their own, to show which of them dominates.
/// </summary>
[MemoryDiagnoser]
public class BookingHotPathBenchmarks
{
    private static readonly DateTimeOffset Start = new(2040, 1, 8, 13, 0, 0, TimeSpan.Zero);

    private readonly CreateBookingRequest request = new()
    {
        EventTypeId = "3139331",
        Start = "2040-01-08T13:00:00.000Z",
        End = "2040-01-08T13:30:00.000Z",
        Attendee = new AttendeeRequest { Name = "Jane Smith", Email = "jane.smith@example.com" },
        Timezone = "America/New_York",
    };

    /// <summary>What the handler hands the gateway: the requested booking (no metadata) and its event type.</summary>
    private BookingAggregate gatewayRequest = null!;

    private EventType? eventType;

    /// <summary>A booking as the handler returns it, for the response mapping.</summary>
    private readonly BookingAggregate result = BookingAggregate.Existing(
        ReservationId.From("5Un7dvlQ8POimi17d7TJ7L"),
        BookingStatus.Confirmed,
        EventTypeId.From(3139331),
        TimeSlot.Create(Start, Start.AddMinutes(30)),
        Attendee.Restore("Jane Smith", EmailAddress.From("jane.smith@example.com"), "America/New_York"));

    private ServiceProvider services = null!;
    private IMapper mapper = null!;
    private CreateBookingCommand command = null!;

    [GlobalSetup]
    public async Task SetUp()
    {
        services = BookingServices.Build();
        mapper = services.GetRequiredService<IMapper>();
        command = mapper.Map<CreateBookingCommand>(request);
        gatewayRequest = BookingAggregate.Request(
            command.EventTypeId.Value, command.Slot.Value, command.Attendee.Value, command.Metadata.Value, TimeProvider.System.GetUtcNow());

        // The event type is read once and cached for minutes; a steady stream of bookings never waits for it.
        await using (var scope = services.CreateAsyncScope())
        {
            eventType = await scope.ServiceProvider.GetRequiredService<ICalComGateway>().FindEventTypeAsync(gatewayRequest.EventTypeId, CancellationToken.None);
        }

        await Reserve();
    }

    [GlobalCleanup]
    public ValueTask CleanUp() => services.DisposeAsync();

    [Benchmark(Baseline = true, Description = "booking: controller → MediatR → validator → handler → gateway")]
    public async Task<IActionResult> Reserve()
    {
        await using var scope = services.CreateAsyncScope();
        var controller = new SlotsController(scope.ServiceProvider.GetRequiredService<IMediator>(), mapper);
        return await controller.CreateBooking(request, CancellationToken.None);
    }

    [Benchmark(Description = "gateway alone: CreateBookingAsync, HTTP pipeline, canned reply")]
    public async Task<BookingAggregate> Gateway()
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ICalComGateway>().CreateBookingAsync(gatewayRequest, eventType, CancellationToken.None);
    }

    [Benchmark(Description = "validator alone")]
    public async Task<ValidationResult> Validate()
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IValidator<CreateBookingCommand>>().ValidateAsync(command);
    }

    [Benchmark(Description = "AutoMapper alone: request → command, booking → response")]
    public BookingResponse Map()
    {
        mapper.Map<CreateBookingCommand>(request);
        return mapper.Map<BookingResponse>(result);
    }
}
