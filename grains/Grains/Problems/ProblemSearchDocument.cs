using ItsmOrleans.Domain.Problems;
using ItsmOrleans.Domain.Search;

namespace ItsmOrleans.Grains.Problems;

/// <summary>What search finds of a problem: everyone who may see a problem reads all of it.</summary>
public static class ProblemSearchDocument
{
    public static SearchDocument Of(Guid id, ProblemState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return new SearchDocument(
            SearchKinds.Problem,
            id,
            state.Number,
            state.Title,
            state.Status.ToString(),
            !ProblemWorkflow.IsFinal(state.Status),
            null,
            state.ServiceId,
            state.AssignmentGroup,
            state.Assignee,
            null,
            state.CreatedAt,
            state.UpdatedAt,
            false,
            state.Revision,
            SearchDocument.Text([state.Description, state.Symptoms, state.Cause, state.Workaround, state.KnownError ? "known error" : null, state.ResolutionNotes]),
            "",
            KnownError: state.KnownError);
    }
}
