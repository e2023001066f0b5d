using System.Text;
using System.Text.Json;
using Booking.Api.Contracts.Bookings;
using Booking.Api.Hosting;

namespace Booking.Api.FunctionalTests.Errors;

public sealed class UnknownJsonPropertiesTests
{
    private static readonly string[] Known = ["eventTypeId", "start", "end", "attendee", "timezone", "metadata"];

    [TestCase("startTime", "start")]
    [TestCase("endDate", "end")]
    [TestCase("time_zone", "timezone")]
    [TestCase("TimeZone", "timezone")]
    [TestCase("timezon", "timezone")]
    [TestCase("eventType", "eventTypeId")]
    [TestCase("event_type_id", "eventTypeId")]
    [TestCase("atendee", "attendee")]
    [TestCase("attendees", "attendee")]
    [TestCase("metdata", "metadata")]
    public void Suggest_FindsTheNearMiss(string unknown, string meant) =>
        Assert.That(UnknownJsonProperties.Suggest(unknown, Known), Is.EqualTo(meant));

    [TestCase("colour")]
    [TestCase("tz")]
    [TestCase("phone")]
    [TestCase("location")]
    public void Suggest_StaysQuietWhenNothingIsClose(string unknown) =>
        Assert.That(UnknownJsonProperties.Suggest(unknown, Known), Is.Null);

    [Test]
    public void Find_ListsEveryUnknownPropertyOfTheBodyAndItsNestedObjects_ButNotMetadataKeys()
    {
        var body = """{"startTime":"x","attendee":{"name":"a","emial":"b","phone":"c"},"metadata":{"anything":1},"colour":"blue"}""";

        var unknown = UnknownJsonProperties.Find(Encoding.UTF8.GetBytes(body), typeof(CreateBookingRequest), JsonSerializerOptions.Web);

        Assert.That(unknown, Is.EqualTo(new[]
        {
            new UnknownJsonProperties.Unknown("startTime", "start"),
            new UnknownJsonProperties.Unknown("attendee.emial", "attendee.email"),
            new UnknownJsonProperties.Unknown("attendee.phone", null),
            new UnknownJsonProperties.Unknown("colour", null),
        }));
    }
}
