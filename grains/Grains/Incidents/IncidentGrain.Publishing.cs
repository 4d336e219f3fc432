using ItsmOrleans.Contracts.LiveFeeds;
using ItsmOrleans.Contracts.Boards;
using ItsmOrleans.Contracts.MajorIncidents;
using ItsmOrleans.Contracts.Problems;
using ItsmOrleans.Contracts.Services;
using ItsmOrleans.Contracts.Tickets;
using ItsmOrleans.Contracts.Webhooks;
using ItsmOrleans.Grains.Webhooks;
using ItsmOrleans.Grains.ReadModels;

namespace ItsmOrleans.Grains.Incidents;

/// <summary>How an incident reaches the read model and the boards after each change.</summary>
public sealed partial class IncidentGrain
{
    /// <summary>
    /// Updates the read model, then tells the incident's service (and the one it left, if it moved) and hands the row,
    /// with its feed line if any, to the boards.
    /// </summary>
    private async Task Publish(BoardActivityDraft? activity, DateTimeOffset now, string? previousService = null)
    {
        await Project();
        var summary = Summary();
        foreach (var service in new[] { summary.ServiceId, previousService }.OfType<string>().Distinct(StringComparer.Ordinal))
        {
            await GrainFactory.GetGrain<IServiceGrain>(service).OnIncident(summary);
        }

        if (State.MajorIncident is { } majorIncident)
        {
            await GrainFactory.GetGrain<IMajorIncidentGrain>(majorIncident.Id).OnChildChanged(summary);
        }

        if (State.Problem is { } problem)
        {
            await GrainFactory.GetGrain<IProblemGrain>(problem.Id).OnIncidentChanged(summary);
        }

        var line = activity is null ? null : new BoardActivity(now, Id, State.Number, State.Priority, activity.Kind, activity.Text);
        // Ticket rooms hear of every revision at the batch interval, not held back like board rows.
        await GrainFactory.Publish([summary, new TicketTick(Id, summary.Revision)], line is null ? [] : [line]);
        if (activity is not null)
        {
            await GrainFactory.GetGrain<IWebhookDirectoryGrain>(0).Dispatch(new WebhookEvent(
                Guid.NewGuid(), WebhookEvents.TypeOf(activity.Kind), now, Id, State.Number, State.Title, State.Priority.ToString(),
                IncidentWorkflow.Name(State.Status), State.AssignmentGroup, State.Assignee, activity.Text));
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
