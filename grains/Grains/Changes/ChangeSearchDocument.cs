using ItsmOrleans.Domain.Search;

namespace ItsmOrleans.Grains.Changes;

/// <summary>What search finds of a change: its description and plans, and how it closed.</summary>
public static class ChangeSearchDocument
{
    public static SearchDocument Of(Guid id, ChangeState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return new SearchDocument(
            SearchKinds.Change,
            id,
            state.Number,
            state.Title,
            state.Status.ToString(),
            !ChangeWorkflow.IsFinal(state.Status),
            null,
            state.ServiceId,
            null,
            state.Implementer,
            state.RequestedBy,
            state.CreatedAt,
            state.UpdatedAt,
            false,
            state.Revision,
            SearchDocument.Text([state.Description, state.Impact, state.ImplementationPlan, state.BackoutPlan, state.TestPlan, state.ClosureNotes]),
            "");
    }
}
