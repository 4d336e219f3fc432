using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Domain.Search;

namespace ItsmOrleans.Grains.Incidents;

/// <summary>What search finds of an incident, by audience (work notes for agents and admins only).</summary>
public static class IncidentSearchDocument
{
    /// <param name="row">The incident's list row, which says whether it is open and breached.</param>
    public static SearchDocument Of(Guid id, IncidentState state, IncidentSummary row)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(row);
        return new SearchDocument(
            SearchKinds.Incident,
            id,
            state.Number,
            state.Title,
            state.Status.ToString(),
            row.IsOpen,
            (int)state.Priority,
            state.ServiceId,
            state.AssignmentGroup,
            state.Assignee,
            state.Requester,
            state.CreatedAt,
            state.UpdatedAt,
            row.Response.Breached || row.Resolution.Breached,
            state.Revision,
            SearchDocument.Text([state.Description, .. Comments(state, CommentVisibility.Public), state.ResolutionNotes]),
            SearchDocument.Text(Comments(state, CommentVisibility.WorkNote)));
    }

    private static IEnumerable<string> Comments(IncidentState state, CommentVisibility visibility) =>
        state.Comments.Where(c => c.Visibility == visibility).Select(c => c.Text);
}
