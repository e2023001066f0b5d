using Booking.Application.Common.Failures;
using Booking.Application.Common.Interfaces;
using Booking.Application.UnitTests.Bookings;
using Booking.Domain.Bookings;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Moq;

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

        var invalid = new CreateBookingInput { EventTypeId = null, Start = null, End = null, Attendee = null }.ToCommand();

        var thrown = Assert.ThrowsAsync<FailureException>(() => mediator.Send<BookingAggregate>(invalid));
        Assert.That(thrown!.Kind, Is.EqualTo(FailureKind.InvalidRequest));
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
