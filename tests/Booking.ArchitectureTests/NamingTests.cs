using Booking.Api.Controllers;
using Booking.Application;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using NetArchTest.Rules;

namespace Booking.ArchitectureTests;

public sealed class NamingTests
{
    [Test]
    public void RequestHandlers_EndWithHandler()
    {
        var result = Types.InAssembly(typeof(DependencyInjection).Assembly)
            .That().ImplementInterface(typeof(IRequestHandler<,>))
            .Should().HaveNameEndingWith("Handler").GetResult();
        Assert.That(result.FailingTypeNames ?? [], Is.Empty);
    }

    [Test]
    public void Commands_EndWithCommandAndAreSealedRecords()
    {
        var commands = Types.InAssembly(typeof(DependencyInjection).Assembly)
            .That().ImplementInterface(typeof(IRequest<>)).GetTypes().ToList();

        Assert.That(commands, Is.Not.Empty);
        Assert.Multiple(() =>
        {
            foreach (var command in commands)
            {
                Assert.That(command.Name, Does.EndWith("Command").Or.EndWith("Query"), command.FullName);
                Assert.That(command.IsSealed, Is.True, command.FullName);
                Assert.That(command.GetMethod("<Clone>$"), Is.Not.Null, $"{command.FullName} should be a record");
            }
        });
    }

    [Test]
    public void Validators_EndWithValidator()
    {
        var result = Types.InAssembly(typeof(DependencyInjection).Assembly)
            .That().Inherit(typeof(AbstractValidator<>))
            .Should().HaveNameEndingWith("Validator").GetResult();
        Assert.That(result.FailingTypeNames ?? [], Is.Empty);
    }

    [Test]
    public void Controllers_LiveInTheApiAndEndWithController()
    {
        var result = Types.InAssembly(typeof(SlotsController).Assembly)
            .That().Inherit(typeof(ControllerBase))
            .Should().HaveNameEndingWith("Controller").And().ResideInNamespace("Booking.Api.Controllers").GetResult();
        Assert.That(result.FailingTypeNames ?? [], Is.Empty);
    }
}
