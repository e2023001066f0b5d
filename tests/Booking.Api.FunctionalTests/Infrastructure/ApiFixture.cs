namespace Booking.Api.FunctionalTests.Infrastructure;

/// <summary>One API, with its own sandbox, shared by the tests of a fixture.</summary>
public abstract class ApiFixture
{
    protected BookingApiFactory Factory { get; private set; } = null!;

    protected HttpClient Client { get; private set; } = null!;

    [OneTimeSetUp]
    public void StartApi()
    {
        Factory = new BookingApiFactory();
        Client = Factory.CreateClient();
    }

    [OneTimeTearDown]
    public async Task StopApi()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
    }
}
