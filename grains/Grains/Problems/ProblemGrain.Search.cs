using ItsmOrleans.Domain.Problems;
using ItsmOrleans.Domain.Search;

namespace ItsmOrleans.Grains.Problems;

/// <summary>What search finds of a problem: everyone who may see a problem reads all of it.</summary>
public sealed partial class ProblemGrain
{
    private SearchDocument Indexed() => new(
        SearchKinds.Problem,
        Id,
        State.Number,
        State.Title,
        State.Status.ToString(),
        !ProblemWorkflow.IsFinal(State.Status),
        null,
        State.ServiceId,
        State.AssignmentGroup,
        State.Assignee,
        null,
        State.CreatedAt,
        State.UpdatedAt,
        false,
        State.Revision,
        SearchDocument.Text([State.Description, State.Symptoms, State.Cause, State.Workaround, State.KnownError ? "known error" : null, State.ResolutionNotes]),
        "",
        KnownError: State.KnownError);
}
