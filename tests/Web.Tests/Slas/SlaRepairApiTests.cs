using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Slas;
using ItsmOrleans.Web.Tests.Infrastructure;

namespace ItsmOrleans.Web.Tests.Slas;

public sealed class SlaRepairApiTests : IAsyncLifetime, IDisposable
{
    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "itsm-sla-repair-" + Guid.NewGuid().ToString("N"));
    private CorrectableSlaWebApp _corrected = null!;
    private IncidentView _first = null!;
    private IncidentView _second = null!;

    public async Task InitializeAsync()
    {
        // Configured with a one-day resolution target by mistake; the correction is a millisecond, breached at once.
        var mistaken = new CorrectableSlaWebApp(_dataFolder, TimeSpan.FromDays(1));
        await mistaken.InitializeAsync();
        _first = await mistaken.Http.CreateIncident(IncidentRequests.NewIncident(title: "Payroll export fails", policy: CorrectableSlaWebApp.Policy));
        _second = await mistaken.Http.CreateIncident(IncidentRequests.NewIncident(title: "Badge reader offline", policy: CorrectableSlaWebApp.Policy));
        await mistaken.DisposeAsync();

        _corrected = new CorrectableSlaWebApp(_dataFolder, TimeSpan.FromMilliseconds(1));
        await _corrected.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await _corrected.DisposeAsync();
        Directory.Delete(_dataFolder, recursive: true);
    }

    public void Dispose() => _corrected.Dispose();

    [Fact]
    public async Task A_dry_run_shows_the_corrected_due_time_and_breach_and_writes_nothing_then_the_repair_applies_it_once()
    {
        var http = _corrected.Http;

        var preview = await Recompute(http, $"api/incidents/{_first.Id}/sla/recompute?dryRun=true");
        var unchanged = await Incident(http, _first.Id);

        Assert.True(preview.Changed);
        Assert.False(preview.Applied);
        var resolution = preview.Clocks.Single(c => c.Kind == SlaClockKind.Resolution);
        Assert.True(resolution.Changed);
        Assert.False(resolution.Before.Breached);
        Assert.Equal(_first.CreatedAt.AddDays(1), resolution.Before.DueAt);
        Assert.True(resolution.After.Breached);
        Assert.Equal(TimeSpan.FromMilliseconds(1), resolution.After.Target);
        Assert.False(preview.Clocks.Single(c => c.Kind == SlaClockKind.Response).Changed);
        Assert.Equal(_first.Version, unchanged.Version);
        Assert.Equal(TimeSpan.FromDays(1), unchanged.Sla.Resolution.Target);

        var applied = await Recompute(http, $"api/incidents/{_first.Id}/sla/recompute");
        var repaired = await Incident(http, _first.Id);
        var history = await http.GetFromJsonAsync<List<HistoryEntry>>($"api/incidents/{_first.Id}/history", WireJson.Options);
        var again = await Recompute(http, $"api/incidents/{_first.Id}/sla/recompute");

        Assert.True(applied.Applied);
        Assert.Equal(_first.Version + 1, repaired.Version);
        Assert.True(repaired.Sla.Resolution.Breached);
        Assert.Equal(TimeSpan.FromMilliseconds(1), repaired.Sla.Resolution.Target);
        Assert.Equal(HistoryKind.SlaRecomputed, history![^1].Kind);
        Assert.Contains(history[^1].Changes, c => c is { Field: "sla.resolution.breached", Old: "False", New: "True" });
        Assert.False(again.Changed);
        Assert.Equal(repaired.Version, again.Version);
    }

    [Fact]
    public async Task A_policy_repair_reports_each_incident_of_the_policy_and_applies_only_what_changed()
    {
        var http = _corrected.Http;
        await Recompute(http, $"api/incidents/{_first.Id}/sla/recompute");

        var preview = await PolicyBatch(http, $"api/sla/policies/{CorrectableSlaWebApp.Policy}/recompute?dryRun=true&limit=1");
        var rest = await PolicyBatch(http, $"api/sla/policies/{CorrectableSlaWebApp.Policy}/recompute?dryRun=true&limit=1&after={preview.GetProperty("nextCursor").GetString()}");
        var applied = await PolicyBatch(http, $"api/sla/policies/{CorrectableSlaWebApp.Policy}/recompute");

        var previewed = preview.GetProperty("items").EnumerateArray().Concat(rest.GetProperty("items").EnumerateArray()).ToList();
        Assert.Equal(2, previewed.Count);
        Assert.True(previewed.Single(i => i.GetProperty("id").GetGuid() == _second.Id).GetProperty("changed").GetBoolean());
        Assert.False(previewed.Single(i => i.GetProperty("id").GetGuid() == _first.Id).GetProperty("changed").GetBoolean());
        Assert.Equal(JsonValueKind.Null, rest.GetProperty("nextCursor").ValueKind);
        var items = applied.GetProperty("items").EnumerateArray().ToList();
        Assert.True(items.Single(i => i.GetProperty("id").GetGuid() == _second.Id).GetProperty("applied").GetBoolean());
        Assert.False(items.Single(i => i.GetProperty("id").GetGuid() == _first.Id).GetProperty("applied").GetBoolean());
        Assert.True((await Incident(http, _second.Id)).Sla.Resolution.Breached);
    }

    [Fact]
    public async Task Only_administrators_repair_and_an_unknown_policy_is_a_404()
    {
        using var agent = _corrected.CreateHttp(await Accounts.CreateApiKey(_corrected, "agent"));

        using var forbidden = await agent.PostAsync(new Uri($"api/incidents/{_first.Id}/sla/recompute?dryRun=true", UriKind.Relative), null);
        using var unknown = await _corrected.Http.PostAsync(new Uri("api/sla/policies/platinum/recompute?dryRun=true", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
    }

    private static async Task<SlaRepairReport> Recompute(HttpClient http, string path)
    {
        using var response = await http.PostAsync(new Uri(path, UriKind.Relative), null);
        await response.EnsureStatus(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<SlaRepairReport>(WireJson.Options))!;
    }

    private static async Task<JsonElement> PolicyBatch(HttpClient http, string path)
    {
        using var response = await http.PostAsync(new Uri(path, UriKind.Relative), null);
        await response.EnsureStatus(HttpStatusCode.OK);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task<IncidentView> Incident(HttpClient http, Guid id) =>
        (await http.GetFromJsonAsync<IncidentView>($"api/incidents/{id}", WireJson.Options))!;
}
