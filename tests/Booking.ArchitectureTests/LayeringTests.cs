using System.Reflection;
using Booking.Api.Controllers;
using Booking.Domain.Bookings;
using NetArchTest.Rules;

namespace Booking.ArchitectureTests;

/// <summary>Dependencies point inward: Domain → nothing; Application → Domain; Infrastructure → Application; Api → all.</summary>
public sealed class LayeringTests
{
    private const string Domain = "Booking.Domain";
    private const string Application = "Booking.Application";
    private const string Infrastructure = "Booking.Infrastructure";
    private const string Api = "Booking.Api";
    private const string Sandbox = "Booking.CalComSandbox";

    private static readonly Assembly DomainAssembly = typeof(EventTypeId).Assembly;
    private static readonly Assembly ApplicationAssembly = typeof(Application.DependencyInjection).Assembly;
    private static readonly Assembly InfrastructureAssembly = typeof(Infrastructure.DependencyInjection).Assembly;
    private static readonly Assembly ApiAssembly = typeof(SlotsController).Assembly;

    private static void AssertNoDependency(Assembly assembly, params string[] forbidden)
    {
        var result = Types.InAssembly(assembly).ShouldNot().HaveDependencyOnAny(forbidden).GetResult();
        Assert.That(result.FailingTypeNames ?? [], Is.Empty, $"{assembly.GetName().Name} must not depend on {string.Join(", ", forbidden)}");
    }

    [Test]
    public void TheAssembliesUnderTestAreTheRightOnes()
    {
        Assert.Multiple(() =>
        {
            Assert.That(DomainAssembly.GetName().Name, Is.EqualTo(Domain));
            Assert.That(ApplicationAssembly.GetName().Name, Is.EqualTo(Application));
            Assert.That(InfrastructureAssembly.GetName().Name, Is.EqualTo(Infrastructure));
            Assert.That(ApiAssembly.GetName().Name, Is.EqualTo(Api));
            Assert.That(Types.InAssembly(DomainAssembly).GetTypes(), Is.Not.Empty);
        });
    }

    [Test]
    public void Domain_DependsOnNothingElse() =>
        AssertNoDependency(DomainAssembly, Application, Infrastructure, Api, Sandbox, "MediatR", "AutoMapper", "FluentValidation",
            "Microsoft.Extensions", "System.Net.Http", "System.Text.Json");

    [Test]
    public void Application_DependsOnlyOnDomain() =>
        AssertNoDependency(ApplicationAssembly, Infrastructure, Api, Sandbox, "Microsoft.AspNetCore", "System.Net.Http", "AutoMapper");

    [Test]
    public void Infrastructure_DoesNotDependOnTheApiOrTheSandbox() => AssertNoDependency(InfrastructureAssembly, Api, Sandbox);

    [Test]
    public void Api_NamesInfrastructureOnlyInItsCompositionRoot()
    {
        // Program.cs (and the lambdas the compiler makes of it) wires the layers; everything else in the Api works
        // through Application abstractions, so Infrastructure can change without the HTTP edge noticing.
        var result = Types.InAssembly(ApiAssembly).ShouldNot().HaveDependencyOn(Infrastructure).GetResult();
        var offenders = (result.FailingTypeNames ?? []).Where(name => !IsCompositionRoot(name)).ToList();

        Assert.That(offenders, Is.Empty, "only Program may name Booking.Infrastructure");
        Assert.That(result.FailingTypeNames, Has.Some.Matches<string>(IsCompositionRoot), "the composition root wires Infrastructure");
    }

    private static bool IsCompositionRoot(string typeName) => typeName == "Program" || typeName.StartsWith("Program+", StringComparison.Ordinal)
        || typeName.StartsWith("Program/", StringComparison.Ordinal);

    [Test]
    public void Domain_HasNoAliasForItsAggregate() =>
        Assert.That(Types.InAssembly(DomainAssembly).That().HaveName("Booking").GetTypes(), Is.Empty,
            "a type named Booking clashes with the root namespace");

    [Test]
    public void OnlyTheHostKnowsTheSandbox()
    {
        var references = new[] { DomainAssembly, ApplicationAssembly, InfrastructureAssembly }
            .SelectMany(a => a.GetReferencedAssemblies())
            .Select(a => a.Name);
        Assert.That(references, Has.None.EqualTo(Sandbox));
    }
}
