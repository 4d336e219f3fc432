using ItsmOrleans.Grains.Reports;

namespace ItsmOrleans.Grains.Incidents;

/// <summary>How an incident's history reaches the reports.</summary>
public sealed partial class IncidentGrain
{
    // History entries whose facts this activation has written; a new activation writes them all again, which adds nothing.
    private int _historyReported;

    private async Task AppendHistory()
    {
        var fresh = IncidentHistoryEvents.From(Id, State.Number, State.History).Where(e => e.Sequence > _historyReported).ToList();
        await ticketHistory.Append(fresh, CancellationToken.None);
        _historyReported = State.History.Count;
    }
}
