
namespace ItsmOrleans.Web.Tests.Slas;

/// <summary>A policy's SLA repair reaches the incidents whose list row does not know their policy, and repairs only those under it.</summary>
public sealed class SlaRepairOfOldRowsTests(SlaRepairHostsOfOldRows hosts) : IClassFixture<SlaRepairHostsOfOldRows>
{
    [Fact]
    public async Task Incidents_whose_row_names_no_policy_are_asked_and_one_under_another_policy_is_reported_skipped_and_left_alone()
    {
        var http = hosts.Corrected.Http;

        var preview = Items(await http.PolicyBatch($"api/sla/policies/{CorrectableSlaWebApp.Policy}/recompute?dryRun=true"));
        var applied = Items(await http.PolicyBatch($"api/sla/policies/{CorrectableSlaWebApp.Policy}/recompute"));
        var other = await http.Incident(hosts.Other.Id);
        var unlisted = await http.Incident(hosts.Unlisted.Id);

        Assert.Equal(new[] { hosts.Unlisted.Id, hosts.Listed.Id, hosts.Other.Id }.Order(), preview.Keys.Order());
        Assert.True(preview[hosts.Unlisted.Id].GetProperty("changed").GetBoolean());
        Assert.False(preview[hosts.Unlisted.Id].GetProperty("skipped").GetBoolean());
        Assert.True(preview[hosts.Listed.Id].GetProperty("changed").GetBoolean());
        Assert.True(preview[hosts.Other.Id].GetProperty("skipped").GetBoolean());
        Assert.False(preview[hosts.Other.Id].GetProperty("changed").GetBoolean());
        Assert.Equal(CorrectableSlaWebApp.OtherPolicy, preview[hosts.Other.Id].GetProperty("policyId").GetString());
        Assert.Equal(0, preview[hosts.Other.Id].GetProperty("clocks").GetArrayLength());

        Assert.True(applied[hosts.Unlisted.Id].GetProperty("applied").GetBoolean());
        Assert.True(applied[hosts.Listed.Id].GetProperty("applied").GetBoolean());
        Assert.False(applied.TryGetValue(hosts.Other.Id, out var otherReport) && otherReport.GetProperty("applied").GetBoolean());
        Assert.True(unlisted.Sla.Resolution.Breached);
        Assert.Equal(TimeSpan.FromMilliseconds(1), unlisted.Sla.Resolution.Target);
        Assert.Equal(hosts.Other.Version, other.Version);
        Assert.Equal(TimeSpan.FromDays(1), other.Sla.Resolution.Target);
    }

    private static Dictionary<Guid, JsonElement> Items(JsonElement batch) =>
        batch.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("id").GetGuid());
}
