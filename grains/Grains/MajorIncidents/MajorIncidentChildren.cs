using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.MajorIncidents;
using ItsmOrleans.Contracts.Naming;
using ItsmOrleans.Contracts.Security;
using ItsmOrleans.Domain.MajorIncidents;

namespace ItsmOrleans.Grains.MajorIncidents;

/// <summary>
/// How a major incident gathers its child incidents and follows what happens to them. Calls on the incidents carry
/// the caller and request id, never the major incident's expected version.
/// </summary>
public static class MajorIncidentChildren
{
    /// <summary>
    /// The incidents a promotion names, primary first, as the caller sees them: the primary a P1 unless an override reason
    /// is given, and none already handled under another major incident than <paramref name="id"/>.
    /// </summary>
    public static async Task<List<IncidentView>> Gather(IGrainFactory grains, Caller caller, PromoteIncidents command, Guid id)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(command);
        var incidents = new List<IncidentView>();
        foreach (var incidentId in new[] { command.PrimaryIncidentId }.Concat(command.RelatedIncidentIds).Distinct())
        {
            incidents.Add(await grains.GetGrain<IIncidentGrain>(incidentId).Get(caller));
        }

        var primary = incidents[0];
        if (primary.Priority != Priority.P1 && string.IsNullOrWhiteSpace(command.OverrideReason))
        {
            throw new DomainValidationException("primaryIncidentId", $"{primary.Number} is {primary.Priority}; promote a P1, or give an override reason.");
        }

        if (incidents.Find(i => i.MajorIncident is not null && i.MajorIncident.Id != id) is { } taken)
        {
            throw new DomainValidationException("relatedIncidentIds", $"{taken.Number} is already handled under {taken.MajorIncident!.Number}.");
        }

        return incidents;
    }

    /// <summary>Puts each incident under the major incident; returns them as they are now.</summary>
    public static async Task<List<ChildIncident>> Join(IGrainFactory grains, CommandContext context, IEnumerable<IncidentView> incidents, MajorIncidentReference majorIncident)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(incidents);
        var joined = new List<ChildIncident>();
        foreach (var incident in incidents)
        {
            joined.Add(Child(await grains.GetGrain<IIncidentGrain>(incident.Id).JoinMajorIncident(Internal(context), majorIncident)));
        }

        return joined;
    }

    /// <summary>Adds an incident to the major incident; false when it is a child already. At most <see cref="MajorIncidentRules.MaxChildren"/>.</summary>
    public static async Task<bool> Add(IGrainFactory grains, CommandContext context, MajorIncidentState state, Guid id, Guid incidentId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(state);
        if (state.Children.Exists(c => c.Id == incidentId))
        {
            return false;
        }

        if (state.Children.Count >= MajorIncidentRules.MaxChildren)
        {
            throw new DomainValidationException("incidentId", $"At most {MajorIncidentRules.MaxChildren} incidents in one major incident.");
        }

        var joined = await grains.GetGrain<IIncidentGrain>(incidentId).JoinMajorIncident(Internal(context), new MajorIncidentReference(id, state.Number));
        state.Children.Add(Child(joined));
        MajorIncidentTimeline.Add(state, now, context.Actor, TimelineEntryKind.ChildAdded, $"{joined.Number} added: {joined.Title}");
        return true;
    }

    /// <summary>Takes an incident out of the major incident; false when it is no child. The primary incident stays.</summary>
    public static async Task<bool> Remove(IGrainFactory grains, CommandContext context, MajorIncidentState state, Guid id, Guid incidentId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(state);
        if (state.Children.Find(c => c.Id == incidentId) is not { } child)
        {
            return false;
        }

        if (child.Id == state.PrimaryIncidentId)
        {
            throw new DomainValidationException("incidentId", $"{child.Number} is the primary incident; cancel the major incident instead.");
        }

        await grains.GetGrain<IIncidentGrain>(incidentId).LeaveMajorIncident(Internal(context), id);
        state.Children.Remove(child);
        MajorIncidentTimeline.Add(state, now, context.Actor, TimelineEntryKind.ChildRemoved, $"{child.Number} removed");
        return true;
    }

    /// <summary>
    /// Keeps a child's row current; a new status, priority or title goes on the timeline, and then it returns true
    /// (to be saved now). A child whose SLA alone moved is kept in memory, saved with the next real change.
    /// </summary>
    public static bool Follow(MajorIncidentState state, IncidentSummary incident, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(incident);
        var index = state.Children.FindIndex(c => c.Id == incident.Id);
        if (!state.Created || index < 0 || state.Children[index].Revision >= incident.Revision)
        {
            return false;
        }

        var before = state.Children[index];
        var after = new ChildIncident(incident.Id, incident.Number, incident.Title, incident.Priority, incident.Status, incident.ServiceId, incident.Revision);
        state.Children[index] = after;
        if (before.Status == after.Status && before.Priority == after.Priority && before.Title == after.Title)
        {
            return false;
        }

        var what = before.Status != after.Status ? $"is now {WireName.Of(after.Status)}"
            : before.Priority != after.Priority ? $"is now {after.Priority}"
            : $"is now titled \"{after.Title}\"";
        MajorIncidentTimeline.Add(state, now, "system", TimelineEntryKind.ChildChanged, $"{after.Number} {what}");
        return true;
    }

    private static ChildIncident Child(IncidentView incident) =>
        new(incident.Id, incident.Number, incident.Title, incident.Priority, incident.Status, incident.ServiceId, 0);

    private static CommandContext Internal(CommandContext context) => context with { ExpectedVersion = null };
}
