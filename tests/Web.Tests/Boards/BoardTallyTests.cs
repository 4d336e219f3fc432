using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Slas;
using ItsmOrleans.Web.Boards;

namespace ItsmOrleans.Web.Tests.Boards;

/// <summary>Board counters kept change by change always equal a recount of the open incidents.</summary>
public class BoardTallyTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Counters_kept_change_by_change_equal_a_recount_after_thousands_of_random_changes()
    {
        var random = new Random(7);
        var open = new Dictionary<int, IncidentSummary>();
        var tally = new BoardTally();
        for (var step = 0; step < 5000; step++)
        {
            var id = random.Next(200);
            var before = open.GetValueOrDefault(id);
            var after = Row(id, (Priority)random.Next(1, 6), (IncidentStatus)random.Next(1, 8), breached: random.Next(4) == 0);
            tally.Change(before, after.IsOpen ? after : null);
            if (after.IsOpen)
            {
                open[id] = after;
            }
            else
            {
                open.Remove(id);
            }
        }

        var kept = tally.Counters();
        var recount = BoardTally.Of(open.Values).Counters();
        Assert.Equal((recount.Open, recount.Breached), (kept.Open, kept.Breached));
        Assert.Equal(recount.ByPriority, kept.ByPriority);
        Assert.Equal(recount.ByStatus, kept.ByStatus);
        Assert.Equal(open.Count, kept.Open);
    }

    private static IncidentSummary Row(int id, Priority priority, IncidentStatus status, bool breached)
    {
        var clock = new SlaClockView(SlaClockKind.Resolution, SlaClockState.Running, TimeSpan.FromHours(4), TimeSpan.Zero, Now, Now.AddHours(4), null, breached ? SlaLevel.Breach : null);
        return new IncidentSummary(new Guid(id, 0, 0, new byte[8]), $"INC{id:D7}", "Row", priority, status, null, "network", null, "bob", Now, Now, 1, 1,
            clock with { Kind = SlaClockKind.Response }, clock);
    }
}
