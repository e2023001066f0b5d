using Booking.Infrastructure.CalCom;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Booking.Infrastructure.Tests;

public sealed class CalComOptionsValidatorTests
{
    private const string Key = "cal_live_0123456789abcdef";

    private static CalComOptions Valid(string? apiKey = Key) => new() { ApiKey = apiKey, Mode = CalComMode.Live };

    private static ValidateOptionsResult Validate(CalComOptions options) => new CalComOptionsValidator().Validate(null, options);

    [Test]
    public void Validate_WithDefaultsAndAKey_Succeeds() =>
        Assert.That(Validate(Valid()).Succeeded, Is.True);

    [Test]
    public void Validate_LiveWithoutKey_NamesTheSettingAsAnEnvironmentVariable() =>
        Assert.That(Validate(Valid(apiKey: null)).FailureMessage, Is.EqualTo("CalCom__ApiKey is required when CalCom__Mode is Live."));

    [Test]
    public void Validate_ModeUnsetWithoutKey_FailsBecauseUnsetCountsAsLive() =>
        Assert.That(Validate(new CalComOptions()).FailureMessage, Does.StartWith("CalCom__ApiKey is required when CalCom__Mode is Live").And.Contains("Sandbox"));

    [Test]
    public void Validate_SandboxWithoutKey_Succeeds() =>
        Assert.That(Validate(new CalComOptions { Mode = CalComMode.Sandbox }).Succeeded, Is.True);

    [TestCase("")]
    [TestCase("api.cal.com/v2")]
    [TestCase("/v2")]
    [TestCase("ftp://api.cal.com/v2")]
    [TestCase("https://api.cal.com/v2?x=1")]
    public void Validate_WithUnusableBaseUrl_NamesBaseUrl(string baseUrl)
    {
        var options = Valid();
        options.BaseUrl = baseUrl;

        Assert.That(Validate(options).FailureMessage, Does.StartWith("CalCom__BaseUrl"));
    }

    [TestCase("http://127.0.0.1:5555/v2")]
    [TestCase("https://api.cal.com/v2/")]
    public void Validate_WithHttpOrHttpsBaseUrl_Succeeds(string baseUrl)
    {
        var options = Valid();
        options.BaseUrl = baseUrl;

        Assert.That(Validate(options).Succeeded, Is.True);
    }

    [TestCase("00:00:00")]
    [TestCase("-00:00:01")]
    [TestCase("5.00:00:00")]
    public void Validate_WithUnusableAttemptTimeout_NamesIt(string timeout)
    {
        var options = Valid();
        options.AttemptTimeout = TimeSpan.Parse(timeout, System.Globalization.CultureInfo.InvariantCulture);

        Assert.That(Validate(options).FailureMessage, Does.Contain("CalCom__AttemptTimeout must be more than zero"));
    }

    [Test]
    public void Validate_WithTotalTimeoutBelowAttemptTimeout_SaysSo()
    {
        var options = Valid();
        options.AttemptTimeout = TimeSpan.FromSeconds(20);
        options.TotalTimeout = TimeSpan.FromSeconds(10);

        Assert.That(Validate(options).FailureMessage, Is.EqualTo("CalCom__TotalTimeout (00:00:10) must be at least CalCom__AttemptTimeout (00:00:20)."));
    }

    [Test]
    public void Validate_WithNegativeCacheDuration_NamesIt()
    {
        var options = Valid();
        options.EventTypeCacheDuration = TimeSpan.FromSeconds(-1);

        Assert.That(Validate(options).FailureMessage, Does.StartWith("CalCom__EventTypeCacheDuration"));
    }

    [Test]
    public void Validate_WithWhitespaceInKey_FailsWithoutEchoingTheKey()
    {
        var result = Validate(Valid(apiKey: "cal_live_abc\n123"));

        Assert.That(result.FailureMessage, Is.EqualTo("CalCom__ApiKey must not contain spaces or line breaks."));
    }

    [Test]
    public void AddInfrastructure_WithLiveModeAndNoKey_FailsStartUpValidation()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["CalCom:Mode"] = "Live" })
            .Build();
        using var provider = new ServiceCollection().AddInfrastructure(configuration).BuildServiceProvider();

        var thrown = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.That(thrown!.Message, Is.EqualTo("CalCom__ApiKey is required when CalCom__Mode is Live."));
    }

    [TestCase("-00:00:01")]
    [TestCase("00:00:30")]
    [TestCase("00:01:00")]
    public void Validate_WithARateLimitWaitOutsideTheTotalTimeout_NamesIt(string threshold)
    {
        var options = Valid();
        options.RateLimitWaitThreshold = TimeSpan.Parse(threshold, System.Globalization.CultureInfo.InvariantCulture);

        Assert.That(Validate(options).FailureMessage, Does.StartWith("CalCom__RateLimitWaitThreshold must be at least zero").And.Contains("less than CalCom__TotalTimeout (00:00:30)"));
    }

    [TestCase("00:00:00")]
    [TestCase("00:00:29")]
    public void Validate_WithARateLimitWaitInsideTheTotalTimeout_Succeeds(string threshold)
    {
        var options = Valid();
        options.RateLimitWaitThreshold = TimeSpan.Parse(threshold, System.Globalization.CultureInfo.InvariantCulture);

        Assert.That(Validate(options).Succeeded, Is.True);
    }

    [TestCase(0)]
    [TestCase(-5)]
    [TestCase(1_000_001)]
    public void Validate_WithAnUnusableBudget_NamesIt(int permits)
    {
        var options = Valid();
        options.UpstreamBudget.PermitsPerMinute = permits;

        Assert.That(Validate(options).FailureMessage, Does.StartWith("CalCom__UpstreamBudget__PermitsPerMinute must be between 1 and 1000000"));
    }

    [Test]
    public void AddInfrastructure_BindsTheCalComSection()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["CalCom:BaseUrl"] = "http://127.0.0.1:9/v2",
                ["CalCom:Mode"] = "sandbox",
                ["CalCom:AttemptTimeout"] = "00:00:03",
                ["CalCom:TotalTimeout"] = "00:00:09",
                ["CalCom:EventTypeCacheDuration"] = "00:01:00",
                ["CalCom:RateLimitWaitThreshold"] = "00:00:01",
                ["CalCom:UpstreamBudget:PermitsPerMinute"] = "90",
            })
            .Build();
        using var provider = new ServiceCollection().AddInfrastructure(configuration).BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<CalComOptions>>().Value;

        Assert.Multiple(() =>
        {
            Assert.That(options.BaseUrl, Is.EqualTo("http://127.0.0.1:9/v2"));
            Assert.That(options.Mode, Is.EqualTo(CalComMode.Sandbox));
            Assert.That(options.ApiKey, Is.Null);
            Assert.That(options.AttemptTimeout, Is.EqualTo(TimeSpan.FromSeconds(3)));
            Assert.That(options.TotalTimeout, Is.EqualTo(TimeSpan.FromSeconds(9)));
            Assert.That(options.EventTypeCacheDuration, Is.EqualTo(TimeSpan.FromMinutes(1)));
            Assert.That(options.RateLimitWaitThreshold, Is.EqualTo(TimeSpan.FromSeconds(1)));
            Assert.That(options.UpstreamBudget.PermitsPerMinute, Is.EqualTo(90));
        });
    }

    [Test]
    public void CalComOptions_Defaults_MatchTheDocumentedValues()
    {
        var options = new CalComOptions();

        Assert.Multiple(() =>
        {
            Assert.That(options.BaseUrl, Is.EqualTo("https://api.cal.com/v2"));
            Assert.That(options.Mode, Is.Null);
            Assert.That(options.AttemptTimeout, Is.EqualTo(TimeSpan.FromSeconds(10)));
            Assert.That(options.TotalTimeout, Is.EqualTo(TimeSpan.FromSeconds(30)));
            Assert.That(options.EventTypeCacheDuration, Is.EqualTo(TimeSpan.FromMinutes(5)));
            Assert.That(options.RateLimitWaitThreshold, Is.EqualTo(TimeSpan.FromSeconds(2)));
            Assert.That(options.UpstreamBudget.PermitsPerMinute, Is.EqualTo(110), "a little under Cal.com's 120");
        });
    }
}
