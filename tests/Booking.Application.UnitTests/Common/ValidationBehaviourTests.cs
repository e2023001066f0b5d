using Booking.Application.Common.Behaviours;
using Booking.Application.Common.Failures;
using Booking.Domain.Common;
using FluentValidation;

namespace Booking.Application.UnitTests.Common;

public sealed class ValidationBehaviourTests
{
    public sealed record Ping(string? Name);

    private sealed class PingValidator : AbstractValidator<Ping>
    {
        public PingValidator() => RuleFor(p => p.Name).NotEmpty().WithMessage("name is required.").OverridePropertyName("name");
    }

    private sealed class AlwaysFails : AbstractValidator<Ping>
    {
        public AlwaysFails() => RuleFor(p => p).Must(_ => false).WithMessage("never.").OverridePropertyName("other");
    }

    [Test]
    public async Task Handle_WhenValid_CallsNext()
    {
        var behaviour = new ValidationBehaviour<Ping, string>([new PingValidator()]);
        var result = await behaviour.Handle(new Ping("x"), CancellationToken.None, () => Task.FromResult("handled"));
        Assert.That(result, Is.EqualTo("handled"));
    }

    [Test]
    public void Handle_WhenInvalid_ThrowsWithEveryValidatorsErrorsAndSkipsNext()
    {
        var behaviour = new ValidationBehaviour<Ping, string>([new PingValidator(), new AlwaysFails()]);
        var called = false;

        var thrown = Assert.ThrowsAsync<FailureException>(() => behaviour.Handle(new Ping(null), CancellationToken.None, () =>
        {
            called = true;
            return Task.FromResult("handled");
        }));

        Assert.That(thrown!.Kind, Is.EqualTo(FailureKind.InvalidRequest));
        Assert.That(thrown.Errors, Is.EqualTo(new[] { new FieldError("name", "name is required."), new FieldError("other", "never.") }));
        Assert.That(called, Is.False);
    }
}
