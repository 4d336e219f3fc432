namespace ItsmOrleans.Web.Tests.Api;

/// <summary>The priority matrix as forms read it: every impact and urgency with the priority the server will compute.</summary>
[Collection(WebAppTests.Name)]
public class PriorityMatrixApiTests(WebAppFixture app)
{
    [Theory]
    [InlineData("requester")]
    [InlineData("agent")]
    public async Task Those_who_raise_incidents_read_every_cell_of_the_priority_matrix(string role)
    {
        using var caller = app.CreateHttp(await Accounts.CreateApiKey(app, role));

        var cells = await caller.GetFromJsonAsync<JsonElement[]>("api/incidents/priority-matrix");

        var byCell = cells!.ToDictionary(c => (c.GetProperty("impact").GetString(), c.GetProperty("urgency").GetString()), c => c.GetProperty("priority").GetString());
        Assert.Equal(9, byCell.Count);
        Assert.Equal("P1", byCell[("high", "high")]);
        Assert.Equal("P2", byCell[("medium", "high")]);
        Assert.Equal("P3", byCell[("low", "high")]);
        Assert.Equal("P5", byCell[("low", "low")]);
    }

    [Fact]
    public async Task A_change_manager_who_may_not_raise_incidents_is_refused_the_matrix()
    {
        using var changeManager = app.CreateHttp(await Accounts.CreateApiKey(app, "change-manager"));

        using var refused = await changeManager.GetAsync("api/incidents/priority-matrix");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }
}
