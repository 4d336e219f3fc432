using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Domain.Search;

namespace ItsmOrleans.Grains.Incidents;

/// <summary>What search finds of an incident, by audience (work notes for agents and admins only).</summary>
public sealed partial class IncidentGrain
{
    private SearchDocument Indexed(IncidentSummary summary) => new(
        SearchKinds.Incident,
        Id,
        State.Number,
        State.Title,
        State.Status.ToString(),
        summary.IsOpen,
        (int)State.Priority,
        State.ServiceId,
        State.AssignmentGroup,
        State.Assignee,
        State.Requester,
        State.CreatedAt,
        State.UpdatedAt,
        summary.Response.Breached || summary.Resolution.Breached,
        State.Revision,
        SearchDocument.Text([State.Description, .. Comments(CommentVisibility.Public), State.ResolutionNotes]),
        SearchDocument.Text(Comments(CommentVisibility.WorkNote)));

    private IEnumerable<string> Comments(CommentVisibility visibility) =>
        State.Comments.Where(c => c.Visibility == visibility).Select(c => c.Text);
}
