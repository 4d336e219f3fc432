using ItsmOrleans.Contracts.Alerts;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Domain.Alerts;

namespace ItsmOrleans.Domain.Tests.Alerts;

public class AlertRulesTests
{
    private const string Key = "R0123456789abcdefghijklmnopqrstu";

    private static AlertEvent Trigger(string? summary = "Disk full on db-1", string? source = "db-1", string? severity = "critical", string dedup = "disk/db-1") =>
        new(Key, "trigger", dedup, summary, source, severity, null, null, null, null, null);

    [Fact]
    public void A_complete_trigger_is_valid() => Assert.Empty(AlertRules.Problems(Trigger()));

    [Fact]
    public void Every_problem_of_a_trigger_is_named()
    {
        var problems = AlertRules.Problems(Trigger(summary: " ", source: null, severity: "fatal", dedup: new string('k', 256)));
        Assert.Equal(4, problems.Count);
        Assert.Contains(problems, p => p.StartsWith("'payload.summary'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("'payload.source'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("'payload.severity'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("'dedup_key'", StringComparison.Ordinal));
    }

    [Fact]
    public void Acknowledge_and_resolve_need_the_dedup_key_but_no_payload()
    {
        Assert.Empty(AlertRules.Problems(new AlertEvent(Key, "resolve", "disk/db-1", null, null, null, null, null, null, null, null)));
        Assert.Single(AlertRules.Problems(new AlertEvent(Key, "acknowledge", "", null, null, null, null, null, null, null, null)));
        Assert.Single(AlertRules.Problems(new AlertEvent("short", "resolve", "x", null, null, null, null, null, null, null, null)));
        Assert.Single(AlertRules.Problems(new AlertEvent(Key, "snooze", "x", null, null, null, null, null, null, null, null)));
    }

    [Theory]
    [InlineData("critical", Impact.High, Urgency.High)]
    [InlineData("error", Impact.High, Urgency.Medium)]
    [InlineData("warning", Impact.Medium, Urgency.Medium)]
    [InlineData("info", Impact.Low, Urgency.Low)]
    public void Severity_sets_impact_and_urgency(string severity, Impact impact, Urgency urgency) =>
        Assert.Equal((impact, urgency), AlertRules.Weight(severity));
}
