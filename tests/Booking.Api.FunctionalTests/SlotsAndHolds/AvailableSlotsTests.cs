using System.Globalization;
using System.Net;
using System.Text.Json;
using Booking.Api.Errors;
using Booking.Api.FunctionalTests.Infrastructure;

namespace Booking.Api.FunctionalTests.SlotsAndHolds;

public sealed class AvailableSlotsTests : ApiFixture
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    // Far beyond the slots other tests book, and a day without a daylight-saving change in New York.
    private static readonly DateOnly Day = Enumerable.Range(300, 30)
        .Select(offset => DateOnly.FromDateTime(DateTime.UtcNow.Date.AddDays(offset)))
        .First(day => NewYork.GetUtcOffset(day.ToDateTime(TimeOnly.MinValue)) == NewYork.GetUtcOffset(day.AddDays(1).ToDateTime(TimeOnly.MinValue)));

    private static string DayText => Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string At(int hour, int minute = 0) => AtOn(Day, hour, minute);

    private static string AtOn(DateOnly day, int hour, int minute = 0) =>
        $"{day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}T{hour:00}:{minute:00}:00.000Z";

    private async Task<JsonElement> FindExpectingOkAsync(string query)
    {
        using var response = await Client.FindSlotsAsync(query);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }

    private static IEnumerable<string?> Starts(JsonElement body) =>
        body.GetProperty("days").EnumerateArray()
            .SelectMany(day => day.GetProperty("slots").EnumerateArray())
            .Select(slot => slot.GetProperty("start").GetString());

    [Test]
    public async Task Find_WholeDayInATimeZone_ReturnsThatDaysSlotsInUtcAndLocalTime()
    {
        var body = await FindExpectingOkAsync($"eventTypeId=3139331&start={DayText}&end={DayText}&timezone=America/New_York");

        var midnight = new DateTimeOffset(Day.ToDateTime(TimeOnly.MinValue), NewYork.GetUtcOffset(Day.ToDateTime(TimeOnly.MinValue)));
        var day = body.GetProperty("days").EnumerateArray().Single();
        var slots = day.GetProperty("slots").EnumerateArray().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(body.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "eventTypeId", "timezone", "days" }));
            Assert.That(body.GetProperty("eventTypeId").GetString(), Is.EqualTo("3139331"));
            Assert.That(body.GetProperty("timezone").GetString(), Is.EqualTo("America/New_York"));
            Assert.That(day.GetProperty("date").GetString(), Is.EqualTo(DayText));
            Assert.That(slots, Has.Count.EqualTo(48), "every half hour of the local day");
            Assert.That(slots[0].ToString(), Is.EqualTo(JsonSerializer.Serialize(new
            {
                start = Slots.Format(midnight.UtcDateTime),
                end = Slots.Format(midnight.UtcDateTime.AddMinutes(30)),
                localStart = midnight.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture),
                localEnd = midnight.AddMinutes(30).ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture),
            })));
        });
    }

    [Test]
    public async Task Find_WithoutTimezone_WorksInUtc()
    {
        var body = await FindExpectingOkAsync($"eventTypeId=3139331&start={DayText}&end={DayText}");

        var first = body.GetProperty("days")[0].GetProperty("slots")[0];
        Assert.Multiple(() =>
        {
            Assert.That(body.GetProperty("timezone").GetString(), Is.EqualTo("UTC"));
            Assert.That(first.GetProperty("start").GetString(), Is.EqualTo(At(0)));
            Assert.That(first.GetProperty("localStart").GetString(), Is.EqualTo($"{DayText}T00:00:00.000+00:00"));
        });
    }

    [Test]
    public async Task Find_WithInstants_ReturnsStartsFromStartUntilBeforeEnd()
    {
        var body = await FindExpectingOkAsync($"eventTypeId=3139331&start={At(9)}&end={At(11)}");

        Assert.That(Starts(body), Is.EqualTo(new[] { At(9), At(9, 30), At(10), At(10, 30) }));
    }

    [Test]
    public async Task Find_LeavesOutABookedSlot()
    {
        // A day of its own, so the other searches here see every slot of theirs free.
        var day = Day.AddDays(2);
        var booking = Requests.ValidBody();
        booking["start"] = AtOn(day, 13);
        booking["end"] = AtOn(day, 13, 30);
        using (var reserved = await Client.ReserveAsync(booking))
        {
            Assert.That(reserved.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        }

        var body = await FindExpectingOkAsync($"eventTypeId=3139331&start={AtOn(day, 12)}&end={AtOn(day, 14)}");

        Assert.That(Starts(body), Is.EqualTo(new[] { AtOn(day, 12), AtOn(day, 12, 30), AtOn(day, 13, 30) }));
    }

    [Test]
    public async Task Find_OfAnEventTypeWithWorkingHours_ReturnsOnlyThoseHoursInLocalTime()
    {
        // 3139334: Monday to Friday 09:00-17:00 New York time, hour-long, bookable up to 60 days ahead.
        var wednesday = DateOnly.FromDateTime(DateTime.UtcNow.Date.AddDays(14));
        while (wednesday.DayOfWeek != DayOfWeek.Wednesday)
        {
            wednesday = wednesday.AddDays(1);
        }

        var date = wednesday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var body = await FindExpectingOkAsync($"eventTypeId=3139334&start={date}&end={date}&timezone=America/New_York");

        var localStarts = body.GetProperty("days").EnumerateArray().Single().GetProperty("slots").EnumerateArray()
            .Select(slot => slot.GetProperty("localStart").GetString()![11..16]);
        Assert.That(localStarts, Is.EqualTo(new[] { "09:00", "10:00", "11:00", "12:00", "13:00", "14:00", "15:00", "16:00" }));
    }

    [Test]
    public async Task Find_AsksCalComForRangesInTheSlotsVersion()
    {
        await FindExpectingOkAsync($"eventTypeId=3139331&start={At(9)}&end={At(10)}");

        var sent = (await Factory.Sandbox.RequestsToAsync("GET", "/v2/slots")).Last();
        Assert.Multiple(() =>
        {
            Assert.That((string?)sent["calApiVersion"], Is.EqualTo("2024-09-04"));
            Assert.That((string?)sent["query"], Does.Contain("eventTypeId=3139331").And.Contain("format=range"));
        });
    }

    [Test]
    public async Task Find_WhenNothingIsFree_ReturnsNoDays()
    {
        // 3139334 works Monday to Friday in New York: a Sunday has nothing free.
        var sunday = DateOnly.FromDateTime(DateTime.UtcNow.Date.AddDays(14));
        while (sunday.DayOfWeek != DayOfWeek.Sunday)
        {
            sunday = sunday.AddDays(1);
        }

        var date = sunday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var body = await FindExpectingOkAsync($"eventTypeId=3139334&start={date}&end={date}&timezone=America/New_York");

        Assert.That(body.GetProperty("days").GetArrayLength(), Is.Zero);
    }

    [Test]
    public async Task Find_WhenEventTypeUnknown_Returns404EventTypeNotFound()
    {
        using var response = await Client.FindSlotsAsync($"eventTypeId=999999&start={DayText}&end={DayText}");

        await response.AssertErrorAsync(HttpStatusCode.NotFound, ErrorTable.EventTypeNotFound.Code);
    }

    [Test]
    public async Task Find_WhenParametersMissing_ListsEveryOne()
    {
        using var response = await Client.GetAsync(LifecycleRequests.SlotsPath);

        var error = await response.AssertErrorAsync(HttpStatusCode.BadRequest, ErrorTable.Validation.Code);
        Assert.That(error.Fields(), Is.EquivalentTo(new[] { "eventTypeId", "start", "end" }));
    }

    [Test]
    public async Task Find_WhenUnknownParametersSent_NamesThemAndAsksCalComNothing()
    {
        using var response = await Client.FindSlotsAsync($"eventTypeId=3139331&start={DayText}&end={DayText}&tz=UTC&duration=60");

        var error = await response.AssertErrorAsync(HttpStatusCode.BadRequest, ErrorTable.Validation.Code);
        Assert.That(error.Fields(), Is.EqualTo(new[] { "tz", "duration" }));
        Assert.That(error.MessageFor("tz"), Is.EqualTo("tz is not a known query parameter; this route takes end, eventTypeId, start, timezone."));
    }

    [Test]
    public async Task Find_WhenAParameterIsGivenTwice_NamesIt_AndAsksCalComNothing()
    {
        using var response = await Client.FindSlotsAsync($"eventTypeId=3139331&eventTypeId=3139332&start={DayText}&end={DayText}&timezone=UTC&timezone=Europe/Berlin");

        var error = await response.AssertErrorAsync(HttpStatusCode.BadRequest, ErrorTable.Validation.Code);
        Assert.That(error.Fields(), Is.EqualTo(new[] { "eventTypeId", "timezone" }));
        Assert.That(error.MessageFor("eventTypeId"), Is.EqualTo("eventTypeId is given 2 times; give it once."));
    }

    [Test]
    public async Task Find_AcceptsParameterNamesInAnyCase()
    {
        await FindExpectingOkAsync($"EventTypeId=3139331&start={At(9)}&end={At(10)}&timeZone=Europe/Berlin");
    }

    [TestCase("eventTypeId=abc&start={0}&end={0}", "eventTypeId")]
    [TestCase("eventTypeId=3139331&start={0}T09:00:00&end={0}", "start")]
    [TestCase("eventTypeId=3139331&start={0}&end=next-week", "end")]
    [TestCase("eventTypeId=3139331&start={0}&end={0}&timezone=Mars/Olympus_Mons", "timezone")]
    public async Task Find_WhenAParameterIsInvalid_Returns400NamingIt(string query, string field)
    {
        using var response = await Client.FindSlotsAsync(string.Format(CultureInfo.InvariantCulture, query, DayText));

        var error = await response.AssertErrorAsync(HttpStatusCode.BadRequest, ErrorTable.Validation.Code);
        Assert.That(error.Fields(), Is.EqualTo(new[] { field }));
    }

    [Test]
    public async Task Find_WithAnOffsetsPlusUnescaped_SaysToWriteItAsPercent2B()
    {
        using var response = await Client.FindSlotsAsync($"eventTypeId=3139331&start={DayText}T09:00:00+02:00&end={DayText}T12:00:00%2B02:00");

        var error = await response.AssertErrorAsync(HttpStatusCode.BadRequest, ErrorTable.Validation.Code);
        Assert.That(error.Fields(), Is.EqualTo(new[] { "start" }));
        Assert.That(error.MessageFor("start"), Does.Contain("write it as %2B"));
    }

    [Test]
    public async Task Find_EntirelyInThePast_Returns400SayingSo_AndAsksCalComNothing()
    {
        using var response = await Client.FindSlotsAsync("eventTypeId=3139331&start=2020-01-06&end=2020-01-07");

        var error = await response.AssertErrorAsync(HttpStatusCode.BadRequest, ErrorTable.Validation.Code);
        Assert.That(error.MessageFor("end"), Does.StartWith("end is in the past"));
    }

    [Test]
    public async Task Find_WhenEndBeforeStart_Returns400()
    {
        using var response = await Client.FindSlotsAsync($"eventTypeId=3139331&start={At(11)}&end={At(9)}");

        var error = await response.AssertErrorAsync(HttpStatusCode.BadRequest, ErrorTable.Validation.Code);
        Assert.That(error.MessageFor("end"), Is.EqualTo("end must be after start."));
    }

    [Test]
    public async Task Find_WhenRangeLongerThan31Days_Returns400()
    {
        var end = Day.AddDays(31).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        using var response = await Client.FindSlotsAsync($"eventTypeId=3139331&start={DayText}&end={end}");

        var error = await response.AssertErrorAsync(HttpStatusCode.BadRequest, ErrorTable.Validation.Code);
        Assert.That(error.MessageFor("end"), Is.EqualTo("start to end may span at most 31 days."));
    }

    [Test]
    public async Task Find_WhenCalComFailsOnce_RetriesAndSucceeds()
    {
        await Factory.Sandbox.InjectFaultAsync(new
        {
            method = "GET", path = "/v2/slots", kind = "status", status = 503,
            body = new { statusCode = 503, message = "Service Unavailable" },
        });

        await FindExpectingOkAsync($"eventTypeId=3139331&start={At(9)}&end={At(10)}");
    }

    [Test]
    public async Task Find_WhenCalComKeepsFailing_Returns502UpstreamError()
    {
        await Factory.Sandbox.InjectFaultAsync(new
        {
            method = "GET", path = "/v2/slots", kind = "status", status = 500, times = 3,
            body = new { statusCode = 500, message = "Internal server error" },
        });

        using var response = await Client.FindSlotsAsync($"eventTypeId=3139331&start={At(9)}&end={At(10)}");

        await response.AssertErrorAsync(HttpStatusCode.BadGateway, ErrorTable.UpstreamError.Code);
    }
}
