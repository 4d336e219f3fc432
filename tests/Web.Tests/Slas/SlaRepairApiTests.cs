using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Slas;
using ItsmOrleans.Contracts.Webhooks;

namespace ItsmOrleans.Web.Tests.Slas;

/// <summary>The SLA repair through the API, after a policy correction and a restart.</summary>
public sealed class SlaRepairApiTests(SlaRepairHosts hosts) : IClassFixture<SlaRepairHosts>
{
    [Fact]
    public async Task A_dry_run_shows_the_corrected_due_time_and_breach_and_writes_nothing_the_repair_applies_it_once_and_a_policy_repair_does_the_rest()
    {
        var http = hosts.Corrected.Http;

        var preview = await http.Recompute($"api/incidents/{hosts.First.Id}/sla/recompute?dryRun=true");
        var unchanged = await http.Incident(hosts.First.Id);

        Assert.True(preview.Changed);
        Assert.False(preview.Applied);
        var resolution = preview.Clocks.Single(c => c.Kind == SlaClockKind.Resolution);
        Assert.True(resolution.Changed);
        Assert.False(resolution.Before.Breached);
        Assert.Equal(hosts.First.CreatedAt.AddDays(1), resolution.Before.DueAt);
        Assert.True(resolution.After.Breached);
        Assert.Equal(TimeSpan.FromMilliseconds(1), resolution.After.Target);
        Assert.False(preview.Clocks.Single(c => c.Kind == SlaClockKind.Response).Changed);
        Assert.Equal(hosts.First.Version, unchanged.Version);
        Assert.Equal(TimeSpan.FromDays(1), unchanged.Sla.Resolution.Target);

        var applied = await http.Recompute($"api/incidents/{hosts.First.Id}/sla/recompute");
        var repaired = await http.Incident(hosts.First.Id);
        var history = await http.GetFromJsonAsync<List<HistoryEntry>>($"api/incidents/{hosts.First.Id}/history", WireJson.Options);
        var again = await http.Recompute($"api/incidents/{hosts.First.Id}/sla/recompute");

        Assert.True(applied.Applied);
        Assert.Equal(hosts.First.Version + 1, repaired.Version);
        Assert.True(repaired.Sla.Resolution.Breached);
        Assert.Equal(TimeSpan.FromMilliseconds(1), repaired.Sla.Resolution.Target);
        var recomputed = Assert.Single(history!, h => h.Kind == HistoryKind.SlaRecomputed);
        Assert.Contains(recomputed.Changes, c => c is { Field: "sla.resolution.breached", Old: "False", New: "True" });
        Assert.Equal([SlaLevel.Info, SlaLevel.Warning, SlaLevel.Critical, SlaLevel.Breach], applied.Clocks.Single(c => c.Kind == SlaClockKind.Resolution).Revealed);
        Assert.False(again.Changed);
        Assert.Equal(repaired.Version, again.Version);

        // The other incident of the policy still needs the repair; the first no longer does.
        var batch = await http.PolicyBatch($"api/sla/policies/{CorrectableSlaWebApp.Policy}/recompute?dryRun=true&limit=1");
        var rest = await http.PolicyBatch($"api/sla/policies/{CorrectableSlaWebApp.Policy}/recompute?dryRun=true&limit=1&after={batch.GetProperty("nextCursor").GetString()}");
        var appliedBatch = await http.PolicyBatch($"api/sla/policies/{CorrectableSlaWebApp.Policy}/recompute");

        var previewed = batch.GetProperty("items").EnumerateArray().Concat(rest.GetProperty("items").EnumerateArray()).ToList();
        Assert.Equal(2, previewed.Count);
        Assert.True(previewed.Single(i => i.GetProperty("id").GetGuid() == hosts.Second.Id).GetProperty("changed").GetBoolean());
        Assert.False(previewed.Single(i => i.GetProperty("id").GetGuid() == hosts.First.Id).GetProperty("changed").GetBoolean());
        Assert.Equal(JsonValueKind.Null, rest.GetProperty("nextCursor").ValueKind);
        var items = appliedBatch.GetProperty("items").EnumerateArray().ToList();
        Assert.True(items.Single(i => i.GetProperty("id").GetGuid() == hosts.Second.Id).GetProperty("applied").GetBoolean());
        Assert.False(items.Single(i => i.GetProperty("id").GetGuid() == hosts.First.Id).GetProperty("applied").GetBoolean());
        Assert.True((await http.Incident(hosts.Second.Id)).Sla.Resolution.Breached);
    }

    [Fact]
    public async Task A_webhook_subscriber_hears_of_the_breach_a_repair_reveals_and_a_repeated_repair_sends_nothing_more()
    {
        var http = hosts.Corrected.Http;
        await using var receiver = await WebhookReceiver.Start(failFirst: 0);
        var hook = $"sla-{Guid.NewGuid():N}"[..12];
        using (var defined = await http.PutAsJsonAsync($"api/webhooks/{hook}", new
        {
            url = receiver.Url,
            secret = "s3cret-for-the-sla-repair-hook",
            events = new[] { WebhookEventTypes.SlaThreshold, WebhookEventTypes.Commented },
        }))
        {
            await defined.EnsureStatus(HttpStatusCode.OK);
        }

        var applied = await http.Recompute($"api/incidents/{hosts.Third.Id}/sla/recompute");
        var again = await http.Recompute($"api/incidents/{hosts.Third.Id}/sla/recompute");

        // Deliveries to one webhook keep their order: once the later comment arrived, a second breach would have too.
        using (var comment = await http.PostAsJsonAsync($"api/incidents/{hosts.Third.Id}/comments", new { text = "SLA repaired", visibility = "public" }))
        {
            await comment.EnsureStatus(HttpStatusCode.Created);
        }

        var received = await receiver.WaitFor(
            r => r.Any(x => x.Event == WebhookEventTypes.Commented && x.Body.Contains(hosts.Third.Number, StringComparison.Ordinal)), TimeSpan.FromSeconds(20));
        var mine = received.Where(r => r.Body.Contains(hosts.Third.Number, StringComparison.Ordinal)).ToList();
        Assert.True(applied.Applied);
        Assert.False(again.Changed);
        Assert.Equal([WebhookEventTypes.SlaThreshold, WebhookEventTypes.Commented], mine.Select(r => r.Event));
        Assert.Equal("Resolution SLA breached", JsonDocument.Parse(mine[0].Body).RootElement.GetProperty("text").GetString());

        using var removed = await http.DeleteAsync($"api/webhooks/{hook}");
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
    }

    [Fact]
    public async Task Only_administrators_repair_and_an_unknown_policy_is_a_404()
    {
        using var agent = hosts.Corrected.CreateHttp(await Accounts.CreateApiKey(hosts.Corrected, "agent"));

        using var forbidden = await agent.PostAsync(new Uri($"api/incidents/{hosts.First.Id}/sla/recompute?dryRun=true", UriKind.Relative), null);
        using var unknown = await hosts.Corrected.Http.PostAsync(new Uri("api/sla/policies/platinum/recompute?dryRun=true", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
    }
}
