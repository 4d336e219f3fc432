using ItsmOrleans.Contracts.Alerts;
using ItsmOrleans.Domain.Alerts;

namespace ItsmOrleans.Domain.Tests.Alerts;

public class AlertGroupingTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    [Fact]
    public void An_alert_within_the_window_of_the_last_one_joins_the_open_incident()
    {
        Assert.True(AlertGrouping.Joins(Now.AddMinutes(-5), incidentOpen: true, Now, Window));
    }

    [Fact]
    public void An_alert_after_a_quiet_window_raises_a_new_incident()
    {
        Assert.False(AlertGrouping.Joins(Now.AddMinutes(-5).AddSeconds(-1), incidentOpen: true, Now, Window));
    }

    [Fact]
    public void An_alert_never_joins_an_incident_that_was_resolved_or_closed()
    {
        Assert.False(AlertGrouping.Joins(Now.AddSeconds(-1), incidentOpen: false, Now, Window));
        Assert.False(AlertGrouping.Joins(null, incidentOpen: true, Now, Window));
    }

    [Fact]
    public void Alerts_group_by_service_and_group_key_and_without_a_group_key_by_service_alone()
    {
        Assert.Equal("db/cluster-a", AlertGrouping.KeyOf("db", " cluster-a "));
        Assert.Equal("db/", AlertGrouping.KeyOf("db", null));
        Assert.NotEqual(AlertGrouping.KeyOf("db", "a"), AlertGrouping.KeyOf("web", "a"));
    }

    [Fact]
    public void A_long_group_key_is_hashed_into_a_bounded_grain_key()
    {
        var key = AlertGrouping.KeyOf("db", new string('x', 5000));
        Assert.True(key.Length < 100);
        Assert.Equal(key, AlertGrouping.KeyOf("db", new string('x', 5000)));
        Assert.NotEqual(key, AlertGrouping.KeyOf("db", new string('x', 4999)));
    }

    [Theory]
    [InlineData("critical", "warning", "critical")]
    [InlineData("info", "error", "error")]
    [InlineData("warning", "warning", "warning")]
    public void The_more_severe_of_two_severities_wins(string a, string b, string expected)
    {
        Assert.Equal(expected, AlertGrouping.MoreSevere(a, b));
        Assert.Equal(expected, AlertGrouping.MoreSevere(b, a));
    }

    [Theory]
    [InlineData("disk/db-1")]
    [InlineData("{alertname=\"X\"}:{instance=\"a\"}")]
    [InlineData("100%7B literal")]
    [InlineData("%%25{}")]
    public void Alert_keys_keep_braces_out_of_grain_keys_and_give_the_dedup_key_back(string dedupKey)
    {
        var key = AlertKeys.Alert(new IntegrationKeyView("R0123456789abcdefghij", "Prometheus", "svc-db", "R0123456789abcdefghij"), dedupKey);
        Assert.DoesNotContain('{', key);
        Assert.DoesNotContain('}', key);
        Assert.Equal(dedupKey, AlertKeys.TailOf(key));
    }
}
