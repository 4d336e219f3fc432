using ItsmOrleans.Domain.Search;

namespace ItsmOrleans.Grains.Changes;

/// <summary>What search finds of a change: its description and plans, and how it closed.</summary>
public sealed partial class ChangeGrain
{
    private SearchDocument Indexed() => new(
        SearchKinds.Change,
        Id,
        State.Number,
        State.Title,
        State.Status.ToString(),
        !ChangeWorkflow.IsFinal(State.Status),
        null,
        State.ServiceId,
        null,
        State.Implementer,
        State.RequestedBy,
        State.CreatedAt,
        State.UpdatedAt,
        false,
        State.Revision,
        SearchDocument.Text([State.Description, State.Impact, State.ImplementationPlan, State.BackoutPlan, State.TestPlan, State.ClosureNotes]),
        "");
}
