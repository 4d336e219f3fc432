using ItsmOrleans.Domain.Reports;
using ItsmOrleans.Grains.Reports;

namespace ItsmOrleans.Grains.Incidents;

/// <summary>How an incident's history reaches the reports.</summary>
public sealed partial class IncidentGrain
{
    private readonly ReportedHistory _reported = new();

    private Task AppendHistory() =>
        _reported.Append(ticketHistory, IncidentHistoryEvents.From(Id, State.Number, State.History), State.History.Count);
}
