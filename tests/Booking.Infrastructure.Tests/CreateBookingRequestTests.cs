using System.Text.Json;
using Booking.Application.Common.Interfaces;
using Booking.Infrastructure.Tests.Support;
using Booking.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Booking.Infrastructure.Tests;

public sealed class CreateBookingRequestTests : GatewayTestBase
{
    [Test]
    public async Task CreateBooking_PostsToBookingsWithVersionKeyAndJsonHeaders()
    {
        Stub.Enqueue(CalComReplies.BookingCreated());

        await CreateGateway().CreateBookingAsync(BookingRequests.Valid(), null, CancellationToken.None);

        var request = Stub.Requests.Single();
        Assert.Multiple(() =>
        {
            Assert.That(request.Method, Is.EqualTo("POST"));
            Assert.That(request.Path, Is.EqualTo("/v2/bookings"));
            Assert.That(request.Header("cal-api-version"), Is.EqualTo("2024-08-13"));
            Assert.That(request.Header("Authorization"), Is.EqualTo($"Bearer {ApiKey}"));
            Assert.That(request.Header("Content-Type"), Does.StartWith("application/json"));
            Assert.That(request.Header("Accept"), Is.EqualTo("application/json"));
            Assert.That(request.Header("Content-Length"), Is.Not.Null, "a sized body, not chunked");
        });
    }

    [Test]
    public async Task CreateBooking_WithRequiredFieldsOnly_SendsExactlyStartEventTypeIdAndAttendee()
    {
        Stub.Enqueue(CalComReplies.BookingCreated());

        await CreateGateway().CreateBookingAsync(BookingRequests.Valid(), null, CancellationToken.None);

        using var body = JsonDocument.Parse(Stub.Requests.Single().Body);
        var root = body.RootElement;
        Assert.Multiple(() =>
        {
            Assert.That(PropertyNames(root), Is.EqualTo(new[] { "start", "eventTypeId", "attendee" }));
            Assert.That(root.GetProperty("start").GetString(), Is.EqualTo("2030-01-08T13:00:00.000Z"), "UTC with milliseconds and Z");
            Assert.That(root.GetProperty("eventTypeId").ValueKind, Is.EqualTo(JsonValueKind.Number));
            Assert.That(root.GetProperty("eventTypeId").GetInt32(), Is.EqualTo(42));
            Assert.That(PropertyNames(root.GetProperty("attendee")), Is.EqualTo(new[] { "name", "email", "timeZone" }));
            Assert.That(root.GetProperty("attendee").GetProperty("name").GetString(), Is.EqualTo(BookingRequests.AttendeeName));
            Assert.That(root.GetProperty("attendee").GetProperty("email").GetString(), Is.EqualTo(BookingRequests.AttendeeEmail));
            Assert.That(root.GetProperty("attendee").GetProperty("timeZone").GetString(), Is.EqualTo("Europe/Berlin"));
        });
    }

    [Test]
    public async Task CreateBooking_WithEveryOptionalField_SendsLengthLocationNotesAndMetadata()
    {
        Stub.Enqueue(CalComReplies.BookingCreated());
        var eventType = BookingRequests.EventType() with { LengthInMinutesOptions = [15, 30, 60], LocationTypes = ["attendeeDefined"] };
        var request = BookingRequests.Valid(BookingRequests.Metadata(
            ("location", "Room 4, Main St 1"), ("notes", "Bring the contract"), ("source", "web"), ("seats", "3"), ("vip", "true")));

        await CreateGateway().CreateBookingAsync(request, eventType, CancellationToken.None);

        using var body = JsonDocument.Parse(Stub.Requests.Single().Body);
        var root = body.RootElement;
        Assert.Multiple(() =>
        {
            Assert.That(PropertyNames(root), Is.EquivalentTo(new[] { "start", "eventTypeId", "attendee", "lengthInMinutes", "location", "bookingFieldsResponses", "metadata" }));
            Assert.That(root.GetProperty("lengthInMinutes").ValueKind, Is.EqualTo(JsonValueKind.Number));
            Assert.That(root.GetProperty("lengthInMinutes").GetInt32(), Is.EqualTo(30));
            Assert.That(root.GetProperty("location").GetRawText(), Is.EqualTo("""{"type":"attendeeDefined","location":"Room 4, Main St 1"}"""));
            Assert.That(root.GetProperty("bookingFieldsResponses").GetRawText(), Is.EqualTo("""{"notes":"Bring the contract"}"""));
            // Every value is text: Cal.com's booking core refuses numbers and booleans (docs/calcom.md#metadata).
            Assert.That(root.GetProperty("metadata").GetRawText(), Is.EqualTo(
                """{"location":"Room 4, Main St 1","notes":"Bring the contract","source":"web","seats":"3","vip":"true"}"""));
        });
    }

    [Test]
    public async Task CreateBooking_WhenTheEventTypeOffersSeveralLengths_SendsTheRequestedLength()
    {
        Stub.Enqueue(CalComReplies.BookingCreated());
        var eventType = BookingRequests.EventType() with { LengthInMinutesOptions = [15, 30, 60] };

        await CreateGateway().CreateBookingAsync(BookingRequests.Valid(minutes: 60), eventType, CancellationToken.None);

        using var body = JsonDocument.Parse(Stub.Requests.Single().Body);
        Assert.That(body.RootElement.GetProperty("lengthInMinutes").GetInt32(), Is.EqualTo(60));
    }

    [Test]
    public async Task CreateBooking_WhenTheEventTypeOffersOneLength_SendsNoLength()
    {
        // Cal.com refuses lengthInMinutes for an event type of one length.
        Stub.Enqueue(CalComReplies.BookingCreated());

        await CreateGateway().CreateBookingAsync(BookingRequests.Valid(), BookingRequests.EventType(), CancellationToken.None);

        using var body = JsonDocument.Parse(Stub.Requests.Single().Body);
        Assert.That(body.RootElement.TryGetProperty("lengthInMinutes", out _), Is.False);
    }

    [Test]
    public async Task CreateBooking_WhenTheEventTypeTakesNoAttendeeLocation_SendsTheLocationOnlyAsMetadata()
    {
        Stub.Enqueue(CalComReplies.BookingCreated());
        var eventType = BookingRequests.EventType() with { LocationTypes = ["address", "integration"] };

        await CreateGateway().CreateBookingAsync(BookingRequests.Valid(BookingRequests.Metadata(("location", "Room 4"))), eventType, CancellationToken.None);

        using var body = JsonDocument.Parse(Stub.Requests.Single().Body);
        Assert.Multiple(() =>
        {
            Assert.That(body.RootElement.TryGetProperty("location", out _), Is.False);
            Assert.That(body.RootElement.GetProperty("metadata").GetRawText(), Is.EqualTo("""{"location":"Room 4"}"""));
        });
    }

    [Test]
    public async Task CreateBooking_WhenTheEventTypeIsNotServed_LetsCalComDecideLengthAndLocationButSendsTheNotes()
    {
        Stub.Enqueue(CalComReplies.BookingCreated());
        var request = BookingRequests.Valid(BookingRequests.Metadata(("location", "Room 4"), ("notes", "Bring the contract")), minutes: 60);

        await CreateGateway().CreateBookingAsync(request, null, CancellationToken.None);

        using var body = JsonDocument.Parse(Stub.Requests.Single().Body);
        Assert.That(PropertyNames(body.RootElement), Is.EqualTo(new[] { "start", "eventTypeId", "attendee", "bookingFieldsResponses", "metadata" }));
    }

    [Test]
    public async Task CreateBooking_WithEmptyMetadata_LeavesMetadataOut()
    {
        Stub.Enqueue(CalComReplies.BookingCreated());

        await CreateGateway().CreateBookingAsync(BookingRequests.Valid(BookingRequests.Metadata()), null, CancellationToken.None);

        using var body = JsonDocument.Parse(Stub.Requests.Single().Body);
        Assert.That(body.RootElement.TryGetProperty("metadata", out _), Is.False);
    }

    [Test]
    public async Task CreateBooking_WhenCorrelationIdIsKnown_ForwardsIt()
    {
        Stub.Enqueue(CalComReplies.BookingCreated());
        var provider = BuildServices(configureServices: services =>
            services.AddScoped<ICorrelationIdAccessor, FixedCorrelationIdAccessor>());

        // Scoped on purpose: the value must come from the caller's scope, not the handler pipeline's.
        await using var scope = provider.CreateAsyncScope();
        ((FixedCorrelationIdAccessor)scope.ServiceProvider.GetRequiredService<ICorrelationIdAccessor>()).CorrelationId = "req-7f3a-42";
        await scope.ServiceProvider.GetRequiredService<ICalComGateway>().CreateBookingAsync(BookingRequests.Valid(), null, CancellationToken.None);

        Assert.That(Stub.Requests.Single().Header("x-correlation-id"), Is.EqualTo("req-7f3a-42"));
    }

    [Test]
    public async Task CreateBooking_WithoutCorrelationIdAccessor_SendsNoCorrelationHeader()
    {
        Stub.Enqueue(CalComReplies.BookingCreated());

        await CreateGateway().CreateBookingAsync(BookingRequests.Valid(), null, CancellationToken.None);

        Assert.That(Stub.Requests.Single().Header("x-correlation-id"), Is.Null);
    }

    [Test]
    public async Task CreateBooking_WhenCorrelationIdIsEmpty_SendsNoCorrelationHeader()
    {
        Stub.Enqueue(CalComReplies.BookingCreated());
        var gateway = CreateGateway(configureServices: services =>
            services.AddSingleton<ICorrelationIdAccessor>(new FixedCorrelationIdAccessor { CorrelationId = null }));

        await gateway.CreateBookingAsync(BookingRequests.Valid(), null, CancellationToken.None);

        Assert.That(Stub.Requests.Single().Header("x-correlation-id"), Is.Null);
    }

    [Test]
    public async Task CreateBooking_InSandboxModeWithoutKey_SendsNoAuthorization()
    {
        Stub.Enqueue(CalComReplies.BookingCreated());
        var gateway = CreateGateway(new Dictionary<string, string?> { ["Mode"] = "Sandbox", ["ApiKey"] = null });

        await gateway.CreateBookingAsync(BookingRequests.Valid(), null, CancellationToken.None);

        Assert.That(Stub.Requests.Single().Header("Authorization"), Is.Null);
    }

    [TestCase("/v2")]
    [TestCase("/v2/")]
    public async Task CreateBooking_WithOrWithoutTrailingSlashInBaseUrl_KeepsTheV2Segment(string v2Root)
    {
        Stub.Enqueue(CalComReplies.BookingCreated());
        var baseUrl = new Uri(Stub.BaseAddress, v2Root).ToString();

        await CreateGateway(new Dictionary<string, string?> { ["BaseUrl"] = baseUrl }).CreateBookingAsync(BookingRequests.Valid(), null, CancellationToken.None);

        Assert.That(Stub.Requests.Single().Path, Is.EqualTo("/v2/bookings"));
    }

    private static string[] PropertyNames(JsonElement element) =>
        [.. element.EnumerateObject().Select(property => property.Name)];
}
