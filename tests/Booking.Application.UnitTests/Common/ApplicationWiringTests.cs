using Booking.Application.Bookings;
using Booking.Application.Bookings.Commands.CreateBooking;
using Booking.Application.Common.Interfaces;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using ValidationException = Booking.Application.Common.Exceptions.ValidationException;

namespace Booking.Application.UnitTests.Common;

public sealed class ApplicationWiringTests
{
    [Test]
    public void Send_GoesThroughValidationBeforeTheHandler()
    {
        var calCom = new Mock<ICalComGateway>(MockBehavior.Strict);
        using var provider = new ServiceCollection()
            .AddLogging()
            .AddApplication()
            .AddSingleton(calCom.Object)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        using var scope = provider.CreateScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();

        Assert.ThrowsAsync<ValidationException>(() => mediator.Send<BookingResult>(new CreateBookingCommand()));
        calCom.VerifyNoOtherCalls();
    }
}
