namespace ItsmOrleans.Web.Tests.Escalations;

/// <summary>GET /api/on-call: every schedule's person on call now and who takes over at the next hand-off.</summary>
[Collection(WebAppTests.Name)]
public class OnCallNowAndNextApiTests(WebAppFixture app)
{
    private static readonly string[] AnnAndBob = ["ann", "bob"];

    [Fact]
    public async Task Each_schedule_answers_who_is_on_call_now_and_who_is_next_from_the_hand_off()
    {
        var id = $"ops-{Guid.NewGuid():N}"[..12];
        var firstTurn = DateTime.UtcNow.Date;
        using (var defined = await app.Http.PutAsJsonAsync($"api/on-call-schedules/{id}", new
        {
            name = "Operations",
            timeZone = "UTC",
            layers = new[] { new { name = "primary", users = AnnAndBob, start = firstTurn.ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture), turnLength = "1.00:00:00" } },
        }))
        {
            await defined.EnsureStatus(HttpStatusCode.OK);
        }

        var noc = await Accounts.CreateApiKey(app, "noc");
        using var client = new HttpClient { BaseAddress = app.BaseAddress };
        client.DefaultRequestHeaders.Add("X-Api-Key", noc);
        var all = await client.GetFromJsonAsync<JsonElement>("api/on-call");

        var schedule = all.EnumerateArray().Single(s => s.GetProperty("scheduleId").GetString() == id);
        Assert.Equal("Operations", schedule.GetProperty("scheduleName").GetString());
        Assert.Equal("ann", schedule.GetProperty("now").GetProperty("user").GetString());
        Assert.Equal("bob", schedule.GetProperty("next").GetProperty("user").GetString());
        Assert.Equal(new DateTimeOffset(firstTurn.AddDays(1), TimeSpan.Zero), schedule.GetProperty("next").GetProperty("at").GetDateTimeOffset());
    }
}
