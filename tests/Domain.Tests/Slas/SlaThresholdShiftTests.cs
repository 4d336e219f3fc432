using ItsmOrleans.Contracts.Slas;
using ItsmOrleans.Domain.Incidents;
using ItsmOrleans.Grains.Slas;

namespace ItsmOrleans.Domain.Tests.Slas;

/// <summary>What the SLA repair implies for thresholds: which fire with it, which it clears, and how it is told.</summary>
public class SlaThresholdShiftTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_target_now_past_reveals_every_threshold_the_live_clock_had_not_fired_in_order()
    {
        var shift = SlaThresholdShift.Between(fired: SlaLevel.Info, recomputed: SlaLevel.Breach);

        Assert.Equal([SlaLevel.Warning, SlaLevel.Critical, SlaLevel.Breach], shift.Revealed);
        Assert.Empty(shift.Withdrawn);
        Assert.True(shift.RevealsBreach);
    }

    [Fact]
    public void A_longer_target_withdraws_the_thresholds_fired_that_are_no_longer_reached()
    {
        var shift = SlaThresholdShift.Between(fired: SlaLevel.Breach, recomputed: SlaLevel.Info);

        Assert.Empty(shift.Revealed);
        Assert.Equal([SlaLevel.Warning, SlaLevel.Critical, SlaLevel.Breach], shift.Withdrawn);
        Assert.True(shift.WithdrawsBreach);
        Assert.Equal([SlaLevel.Info, SlaLevel.Warning, SlaLevel.Critical, SlaLevel.Breach], SlaThresholdShift.Between(SlaLevel.Breach, null).Withdrawn);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(SlaLevel.Warning)]
    [InlineData(SlaLevel.Breach)]
    public void A_repeated_repair_fires_and_clears_nothing(SlaLevel? reached)
    {
        var shift = SlaThresholdShift.Between(reached, reached);

        Assert.Empty(shift.Revealed);
        Assert.Empty(shift.Withdrawn);
    }

    [Fact]
    public void The_repair_report_names_what_the_repair_fires_and_clears_and_the_feed_says_a_withdrawn_breach()
    {
        var breached = View(SlaClockKind.Resolution, SlaLevel.Breach);
        var quiet = View(SlaClockKind.Resolution, null);

        var revealing = SlaClockDifference.Repair(quiet, breached);
        var withdrawing = SlaClockDifference.Repair(breached, quiet with { Target = TimeSpan.FromHours(8) });

        Assert.Equal([SlaLevel.Info, SlaLevel.Warning, SlaLevel.Critical, SlaLevel.Breach], revealing.Revealed);
        Assert.True(withdrawing.Changed);
        Assert.Equal([SlaLevel.Info, SlaLevel.Warning, SlaLevel.Critical, SlaLevel.Breach], withdrawing.Withdrawn);
        Assert.Equal("SLA clocks recomputed", SlaRepairHistory.Activity([revealing]));
        Assert.Equal("SLA clocks recomputed: resolution breach withdrawn", SlaRepairHistory.Activity([withdrawing]));
        Assert.Contains(SlaRepairHistory.Changes([withdrawing]), c => c is { Field: "sla.resolution.breached", Old: "True", New: "False" });
    }

    private static SlaClockView View(SlaClockKind kind, SlaLevel? reached) =>
        new(kind, SlaClockState.Running, TimeSpan.FromHours(4), TimeSpan.FromHours(5), Now, Now.AddHours(-1), null, reached);
}
