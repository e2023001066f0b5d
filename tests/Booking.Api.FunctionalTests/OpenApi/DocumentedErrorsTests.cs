using System.Reflection;
using Booking.Api.Errors;
using Booking.Api.OpenApi;

namespace Booking.Api.FunctionalTests.OpenApi;

/// <summary>The error catalog behind the document covers every code once, with the status the API really answers.</summary>
public sealed class DocumentedErrorsTests
{
    [Test]
    public void EveryErrorCode_IsDocumentedExactlyOnce()
    {
        var codes = typeof(ErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(field => (string)field.GetRawConstantValue()!);

        Assert.That(DocumentedErrors.All.Select(error => error.Code), Is.EquivalentTo(codes));
    }

    [Test]
    public void EverySample_CarriesItsOwnCodeAndAMessage()
    {
        Assert.Multiple(() =>
        {
            foreach (var error in DocumentedErrors.All)
            {
                Assert.That(error.Sample.Code, Is.EqualTo(error.Code));
                Assert.That(error.Sample.Message, Is.Not.Empty, error.Code);
                Assert.That(error.When, Is.Not.Empty, error.Code);
            }
        });
    }

    [Test]
    public void RouteLevelCodes_AreTheOnesAnswersWithoutAnOperation() =>
        Assert.That(DocumentedErrors.All.Where(error => error.RouteLevel).Select(error => error.Code),
            Is.EquivalentTo(new[] { ErrorCodes.NotFound, ErrorCodes.MethodNotAllowed }));
}
