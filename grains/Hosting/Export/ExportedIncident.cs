using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Domain.Reports;
using ItsmOrleans.Grains.Incidents;

namespace ItsmOrleans.Hosting.Export;

/// <summary>
/// One incident in the export: what GET /api/incidents/{id}, …/comments and …/history return to an administrator
/// (details, SLA clocks, public replies and work notes, every history entry), and the report facts its history gives.
/// </summary>
public sealed record ExportedIncident(
    IncidentView Incident,
    IReadOnlyList<Comment> Comments,
    IReadOnlyList<HistoryEntry> History,
    IReadOnlyList<TicketHistoryEvent> ReportFacts)
{
    public static ExportedIncident Of(StoredGrainState<IncidentState> stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var state = stored.State;
        return new(state.ToView(stored.Id), state.Comments, state.History, IncidentHistoryEvents.From(stored.Id, state.Number, state.History));
    }
}
