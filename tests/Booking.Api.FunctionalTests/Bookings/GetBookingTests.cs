using System.Net;
using Booking.Api.Errors;
using Booking.Api.FunctionalTests.Infrastructure;

namespace Booking.Api.FunctionalTests.Bookings;

public sealed class GetBookingTests : ApiFixture
{
    [Test]
    public async Task Get_AfterBooking_Returns200WithExactlyTheCreateBody()
    {
        var created = await Client.BookAsync();

        using var response = await Client.GetBookingAsync((string)created["reservationId"]!);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        Assert.That((await response.ReadJsonAsync()).ToString(), Is.EqualTo(created.ToJsonString()));
    }

    [Test]
    public async Task Get_SendsCalComTheBookingsVersion()
    {
        var id = (string)(await Client.BookAsync())["reservationId"]!;

        using var response = await Client.GetBookingAsync(id);

        var sent = (await Factory.Sandbox.RequestsToAsync("GET", $"/v2/bookings/{id}")).Single();
        Assert.That((string?)sent["calApiVersion"], Is.EqualTo("2024-08-13"));
    }

    [Test]
    public async Task Get_WhenHostMustConfirm_ReportsPending()
    {
        var id = (string)(await Client.BookAsync(eventTypeId: "3139333"))["reservationId"]!;

        using var response = await Client.GetBookingAsync(id);

        Assert.That((await response.ReadJsonAsync()).GetProperty("status").GetString(), Is.EqualTo("pending"));
    }

    [Test]
    public async Task Get_WhenCancelled_ReportsCancelled()
    {
        var id = (string)(await Client.BookAsync())["reservationId"]!;
        using (var cancel = await Client.CancelAsync(id))
        {
            Assert.That(cancel.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        using var response = await Client.GetBookingAsync(id);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await response.ReadJsonAsync()).GetProperty("status").GetString(), Is.EqualTo("cancelled"));
    }

    [Test]
    public async Task Get_WhenUnknown_Returns404BookingNotFound()
    {
        using var response = await Client.GetBookingAsync("doesNotExist42");

        var error = await response.AssertErrorAsync(HttpStatusCode.NotFound, ErrorTable.BookingNotFound.Code);
        Assert.That(error.GetProperty("details").GetString(), Does.Contain("doesNotExist42"));
    }

    [Test]
    public async Task Get_OfARecurringSeries_Returns400NamingReservationId()
    {
        const string seriesId = "recurringSeries01";
        await Factory.Sandbox.ServeAsRecurringSeriesAsync(seriesId);

        using var response = await Client.GetBookingAsync(seriesId);

        var error = await response.AssertErrorAsync(HttpStatusCode.BadRequest, ErrorTable.Validation.Code);
        Assert.That(error.MessageFor("reservationId"),
            Is.EqualTo($"{seriesId} is a recurring series of 2 bookings; use the reservation id of one of them."));
    }

    [TestCase("has.dots")]
    [TestCase("has%20space")]
    public async Task Get_WhenIdMalformed_Returns400NamingReservationId(string id)
    {
        using var response = await Client.GetBookingAsync(id);

        var error = await response.AssertErrorAsync(HttpStatusCode.BadRequest, ErrorTable.Validation.Code);
        Assert.That(error.Fields(), Is.EqualTo(new[] { "reservationId" }));
    }

    [Test]
    public async Task Get_WhenCalComCannotBeReached_Returns503AfterRetrying()
    {
        var id = (string)(await Client.BookAsync())["reservationId"]!;
        await Factory.Sandbox.InjectFaultAsync(new { method = "GET", path = $"/v2/bookings/{id}", kind = "drop", times = 3 });

        using var response = await Client.GetBookingAsync(id);

        await response.AssertErrorAsync(HttpStatusCode.ServiceUnavailable, ErrorTable.UpstreamUnavailable.Code);
        Assert.That(await Factory.Sandbox.RequestsToAsync("GET", $"/v2/bookings/{id}"), Has.Count.EqualTo(3), "a read is retried twice");
    }

    [Test]
    public async Task Get_WhenCalComFailsOnce_RetriesAndSucceeds()
    {
        var id = (string)(await Client.BookAsync())["reservationId"]!;
        await Factory.Sandbox.InjectFaultAsync(new
        {
            method = "GET", path = $"/v2/bookings/{id}", kind = "status", status = 503,
            body = new { statusCode = 503, message = "Service Unavailable" },
        });

        using var response = await Client.GetBookingAsync(id);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }
}
