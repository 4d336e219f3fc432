using ItsmOrleans.Contracts.Boards;
using ItsmOrleans.Domain.Incidents;
using ItsmOrleans.Grains.Incidents.Followers;
using ItsmOrleans.Grains.Projections;

namespace ItsmOrleans.Grains.Incidents;

/// <summary>How an incident reaches the read model and the boards after each change.</summary>
public sealed partial class IncidentGrain
{
    /// <summary>
    /// Updates the read model, then tells every follower (its service and the one it left, its major incident and
    /// problem, the live pages, webhooks) with its feed line if any.
    /// </summary>
    private async Task Publish(BoardActivityDraft? activity, DateTimeOffset now, string? previousService = null)
    {
        await Project();
        var line = activity is null ? null : new BoardActivity(now, Id, State.Number, State.Priority, activity.Kind, activity.Text);
        var change = new IncidentChanged(Summary(), previousService, State.MajorIncident?.Id, State.Problem?.Id, line);
        foreach (var follower in followers)
        {
            await follower.OnIncidentChanged(GrainFactory, change);
        }
    }

    /// <summary>
    /// Writes the incident's list row, search document and report facts (see <see cref="ProjectionRetry"/> for what happens when it
    /// cannot).
    /// </summary>
    private Task Project() =>
        ProjectionRetry.Run(async () =>
        {
            var summary = Summary();
            await projection.Upsert(summary, CancellationToken.None);
            await search.Upsert(Indexed(summary), CancellationToken.None);
            await AppendHistory();
        }, time, logger, State.Number);
}
