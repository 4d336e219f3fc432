using ItsmOrleans.Contracts.Changes;
using ItsmOrleans.Domain.Changes;
using ItsmOrleans.Domain.Reports;
using ItsmOrleans.Grains.Changes;

namespace ItsmOrleans.Hosting.Export;

/// <summary>One change in the export: what GET /api/changes/{id} and …/history return, and the report facts its history gives.</summary>
public sealed record ExportedChange(ChangeView Change, IReadOnlyList<ChangeHistoryEntry> History, IReadOnlyList<TicketHistoryEvent> ReportFacts)
{
    public static ExportedChange Of(StoredGrainState<ChangeState> stored, ChangeOptions options)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var state = stored.State;
        return new(state.ToView(stored.Id, options), state.History, ChangeHistoryEvents.From(stored.Id, state.Number, state.History));
    }
}
