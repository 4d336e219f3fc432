using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.MajorIncidents;
using ItsmOrleans.Contracts.Naming;
using ItsmOrleans.Domain.MajorIncidents;

namespace ItsmOrleans.Grains.MajorIncidents;

/// <summary>How a major incident gathers its child incidents and follows what happens to them.</summary>
public sealed partial class MajorIncidentGrain
{
    public Task<MajorIncidentView> AddChild(CommandContext context, Guid incidentId) =>
        Mutate(context, ("add", incidentId), async now =>
        {
            EnsureNotFinal();
            if (State.Children.Exists(c => c.Id == incidentId))
            {
                return false;
            }

            if (State.Children.Count >= MajorIncidentRules.MaxChildren)
            {
                throw new DomainValidationException("incidentId", $"At most {MajorIncidentRules.MaxChildren} incidents in one major incident.");
            }

            var joined = await GrainFactory.GetGrain<IIncidentGrain>(incidentId)
                .JoinMajorIncident(context with { ExpectedVersion = null }, new MajorIncidentReference(Id, State.Number));
            State.Children.Add(Child(joined));
            Add(now, context.Actor, TimelineEntryKind.ChildAdded, $"{joined.Number} added: {joined.Title}");
            return true;
        });

    public Task<MajorIncidentView> RemoveChild(CommandContext context, Guid incidentId) =>
        Mutate(context, ("remove", incidentId), async now =>
        {
            EnsureNotFinal();
            if (State.Children.Find(c => c.Id == incidentId) is not { } child)
            {
                return false;
            }

            if (child.Id == State.PrimaryIncidentId)
            {
                throw new DomainValidationException("incidentId", $"{child.Number} is the primary incident; cancel the major incident instead.");
            }

            await GrainFactory.GetGrain<IIncidentGrain>(incidentId).LeaveMajorIncident(context with { ExpectedVersion = null }, Id);
            State.Children.Remove(child);
            Add(now, context.Actor, TimelineEntryKind.ChildRemoved, $"{child.Number} removed");
            return true;
        });

    public async Task OnChildChanged(IncidentSummary incident)
    {
        var index = State.Children.FindIndex(c => c.Id == incident.Id);
        if (!State.Created || index < 0 || State.Children[index].Revision >= incident.Revision)
        {
            return;
        }

        var before = State.Children[index];
        var after = new ChildIncident(incident.Id, incident.Number, incident.Title, incident.Priority, incident.Status, incident.ServiceId, incident.Revision);
        State.Children[index] = after;
        if (before.Status == after.Status && before.Priority == after.Priority && before.Title == after.Title)
        {
            // Only its SLA moved: kept in memory, saved with the next real change.
            return;
        }

        var now = time.GetUtcNow();
        var what = before.Status != after.Status ? $"is now {WireName.Of(after.Status)}"
            : before.Priority != after.Priority ? $"is now {after.Priority}"
            : $"is now titled \"{after.Title}\"";
        Add(now, "system", TimelineEntryKind.ChildChanged, $"{after.Number} {what}");
        await Save(now, bumpVersion: false);
    }

    private static ChildIncident Child(IncidentView incident) =>
        new(incident.Id, incident.Number, incident.Title, incident.Priority, incident.Status, incident.ServiceId, 0);
}
