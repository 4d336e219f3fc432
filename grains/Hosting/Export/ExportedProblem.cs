using ItsmOrleans.Contracts.Problems;
using ItsmOrleans.Domain.Reports;
using ItsmOrleans.Grains.Problems;

namespace ItsmOrleans.Hosting.Export;

/// <summary>One problem in the export: what GET /api/problems/{id} and …/history return, and the report facts its history gives.</summary>
public sealed record ExportedProblem(ProblemView Problem, IReadOnlyList<ProblemHistoryEntry> History, IReadOnlyList<TicketHistoryEvent> ReportFacts)
{
    public static ExportedProblem Of(StoredGrainState<ProblemState> stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var state = stored.State;
        return new(state.ToView(stored.Id), state.History, ProblemHistoryEvents.From(stored.Id, state.Number, state.AssignmentGroup, state.History));
    }
}
