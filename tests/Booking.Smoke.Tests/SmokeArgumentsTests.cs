namespace Booking.Smoke.Tests;

public sealed class SmokeArgumentsTests
{
    [Test]
    public void NoArguments_UseTheLocalApiAndTheSpecsEventType()
    {
        var options = SmokeArguments.Parse([], out var error);

        Assert.That(error, Is.Null);
        Assert.That(options, Is.EqualTo(new SmokeOptions { Api = new Uri("http://localhost:3000"), EventTypeId = 3139331, LengthMinutes = 30 }));
    }

    [Test]
    public void EveryOption_IsRead()
    {
        var options = SmokeArguments.Parse(["--api", "https://booking.example.com", "--event-type", "3139332", "--length", "60"], out _);

        Assert.That(options, Is.EqualTo(new SmokeOptions { Api = new Uri("https://booking.example.com"), EventTypeId = 3139332, LengthMinutes = 60 }));
    }

    [Test]
    public void ApiKey_ComesFromTheOptionOrElseTheEnvironment()
    {
        Assert.That(SmokeArguments.Parse([], out _, apiKeyFromEnvironment: "from-env")?.ApiKey, Is.EqualTo("from-env"));
        Assert.That(SmokeArguments.Parse(["--api-key", "from-option"], out _, apiKeyFromEnvironment: "from-env")?.ApiKey, Is.EqualTo("from-option"));
        Assert.That(SmokeArguments.Parse([], out _, apiKeyFromEnvironment: "")?.ApiKey, Is.Null);
    }

    [TestCase("--api", "localhost:3000", "--api must be an http(s) URL")]
    [TestCase("--api-key", " ", "--api-key must not be empty")]
    [TestCase("--event-type", "abc", "--event-type must be a positive whole number")]
    [TestCase("--length", "0", "--length must be a positive whole number")]
    [TestCase("--colour", "red", "Unknown option --colour")]
    public void WrongValue_IsRejectedSayingWhy(string name, string value, string message)
    {
        Assert.That(SmokeArguments.Parse([name, value], out var error), Is.Null);
        Assert.That(error, Does.StartWith(message));
    }

    [Test]
    public void OptionWithoutValue_IsRejected()
    {
        Assert.That(SmokeArguments.Parse(["--api"], out var error), Is.Null);
        Assert.That(error, Does.StartWith("--api needs a value"));
    }
}
