namespace ItsmOrleans.Web.Tests.Api;

[Collection(WebAppTests.Name)]
public class SlaApiTests(WebAppFixture app)
{
    [Fact]
    public async Task Policies_and_calendars_are_listed_with_the_default_and_the_built_in_business_hours()
    {
        using var agent = app.CreateHttp(await Accounts.CreateApiKey(app, "agent"));

        var policies = await agent.GetFromJsonAsync<JsonElement>("api/sla/policies");
        var calendars = await agent.GetFromJsonAsync<JsonElement>("api/sla/calendars");

        var standard = policies.EnumerateArray().Single(p => p.GetProperty("id").GetString() == "standard");
        Assert.True(standard.GetProperty("isDefault").GetBoolean());
        Assert.Equal("00:15:00", standard.GetProperty("targets").GetProperty("P1").GetProperty("response").GetString());
        var businessHours = calendars.EnumerateArray().Single(c => c.GetProperty("id").GetString() == "business-hours");
        Assert.Equal(5, businessHours.GetProperty("hours").GetArrayLength());
    }

    [Fact]
    public async Task An_incident_moves_to_another_policy_and_an_unknown_policy_is_a_400()
    {
        var incident = await app.Http.CreateIncident(IncidentRequests.NewIncident(policy: TestSettings.FastPolicy));

        using (var unknown = await app.Http.Send(HttpMethod.Patch, $"api/incidents/{incident.Id}", new { slaPolicy = "platinum" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
            Assert.True((await unknown.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("slaPolicy", out _));
        }

        using var moved = await app.Http.Send(HttpMethod.Patch, $"api/incidents/{incident.Id}", new { slaPolicy = "standard" });
        await moved.EnsureStatus(HttpStatusCode.OK);
        var view = await moved.Read();
        Assert.Equal("standard", view.Sla.PolicyId);
        Assert.Equal(TimeSpan.FromMinutes(15), view.Sla.Response.Target);
    }
}
