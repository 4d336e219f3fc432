using ItsmOrleans.Contracts.Boards;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.LiveFeeds;
using ItsmOrleans.Contracts.Tickets;
using ItsmOrleans.Domain.Incidents;
using ItsmOrleans.Domain.Tickets;
using ItsmOrleans.Grains.Incidents.Followers;

namespace ItsmOrleans.Grains.Incidents;

/// <summary>How an incident reaches the read model, those who follow it, and the people its work notes name.</summary>
public sealed class IncidentPublisher(IncidentReadModelWriter readModel, IEnumerable<IIncidentFollower> followers, IGrainFactory grains)
{
    /// <summary>
    /// Updates the read model, then tells every follower (its service and the one it left, its major incident and
    /// problem, the live pages, webhooks) with its feed line if any.
    /// </summary>
    public async Task Publish(Guid id, IncidentState state, BoardActivityDraft? activity, DateTimeOffset now, string? previousService = null)
    {
        ArgumentNullException.ThrowIfNull(state);
        await readModel.Write(id, state);
        var line = activity is null ? null : new BoardActivity(now, id, state.Number, state.Priority, activity.Kind, activity.Text);
        var change = new IncidentChanged(IncidentRow.Of(id, state), previousService, state.MajorIncident?.Id, state.Problem?.Id, line);
        foreach (var follower in followers)
        {
            await follower.OnIncidentChanged(grains, change);
        }
    }

    /// <summary>People named in a work note hear of it live; a retried command adds no comment and tells nobody again.</summary>
    public async Task TellMentioned(Guid id, IncidentState state, Comment note)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(note);
        foreach (var user in Mentions.In(note.Text, note.Author))
        {
            await grains.Publish(new Mention(Guid.NewGuid(), user, id, state.Number, state.Title, note.Author, note.Text, note.At));
        }
    }
}
