using Booking.Application.Bookings;
using Booking.Application.Bookings.Commands.CreateBooking;
using Booking.Application.Common.Interfaces;
using FluentValidation;
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

    [Test]
    public void EveryUseCase_HasAHandlerAndAValidator()
    {
        using var provider = new ServiceCollection()
            .AddLogging()
            .AddApplication()
            .AddSingleton(Mock.Of<ICalComGateway>())
            .BuildServiceProvider();
        using var scope = provider.CreateScope();

        var useCases = typeof(DependencyInjection).Assembly.GetTypes()
            .Where(type => type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequest<>)))
            .ToList();

        Assert.That(useCases, Has.Count.GreaterThanOrEqualTo(6));
        Assert.Multiple(() =>
        {
            foreach (var useCase in useCases)
            {
                var response = useCase.GetInterfaces().Single(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequest<>)).GetGenericArguments()[0];
                Assert.That(scope.ServiceProvider.GetService(typeof(IRequestHandler<,>).MakeGenericType(useCase, response)), Is.Not.Null, $"{useCase.Name} has no handler");
                Assert.That(scope.ServiceProvider.GetServices(typeof(IValidator<>).MakeGenericType(useCase)), Is.Not.Empty, $"{useCase.Name} has no validator");
            }
        });
    }
}
