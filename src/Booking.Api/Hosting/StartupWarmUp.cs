using Booking.Api.Contracts.Bookings;
using Booking.Api.Contracts.Errors;
using Booking.Api.Contracts.Slots;
using Booking.Application.Bookings.Commands.CreateBooking;
using Booking.Application.Common.Interfaces;
using FluentValidation;
using Microsoft.Extensions.Options;
using MvcJsonOptions = Microsoft.AspNetCore.Mvc.JsonOptions;

namespace Booking.Api.Hosting;

/// <summary>
/// Does the one-time work of the first booking — compiling the mappings, building the create-booking validator, the
/// Cal.com client with its resilience pipeline and the JSON contracts of our bodies — on another thread while the host
/// starts, instead of inside the first request (ADR 20). Nothing waits for it: a request that comes sooner does that
/// work itself, as it would without.
/// </summary>
public sealed partial class StartupWarmUp(IServiceProvider services, ILogger<StartupWarmUp> logger) : IHostedService
{
    private static readonly Type[] BodyTypes =
    [
        typeof(CreateBookingRequest), typeof(HoldSlotRequest), typeof(SlotHoldResponse),
        typeof(AvailableSlotsResponse), typeof(BookingResponse), typeof(CancelBookingRequest), typeof(RescheduleBookingRequest),
        typeof(ErrorEnvelope),
    ];

    /// <summary>The background work: true when it did everything, false when it gave up early.</summary>
    public Task<bool> Completion { get; private set; } = Task.FromResult(false);

    public Task StartAsync(CancellationToken cancellationToken)
    {
        Completion = Task.Run(WarmUp, CancellationToken.None);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private bool WarmUp()
    {
        try
        {
            services.GetRequiredService<AutoMapper.IConfigurationProvider>().CompileMappings();
            services.GetRequiredService<IValidator<CreateBookingCommand>>();
            using (var scope = services.CreateScope())
            {
                scope.ServiceProvider.GetRequiredService<ICalComGateway>();
            }

            var json = services.GetRequiredService<IOptions<MvcJsonOptions>>().Value.JsonSerializerOptions;
            foreach (var type in BodyTypes)
            {
                json.GetTypeInfo(type);
            }

            return true;
        }
        catch (Exception failure) when (failure is not OutOfMemoryException)
        {
            // Only time is at stake: the first request does whatever failed here, and reports it if it fails again.
            LogWarmUpStopped(logger, failure.GetType().Name);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Start-up warm-up stopped early ({FailureType}); the first request does the rest")]
    private static partial void LogWarmUpStopped(ILogger logger, string failureType);
}
