using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Problems;
using ItsmOrleans.Domain.Problems;

namespace ItsmOrleans.Grains.Problems;

/// <summary>How a problem links its incidents and keeps their workaround current.</summary>
public sealed partial class ProblemGrain
{
    public Task<ProblemView> LinkIncident(CommandContext context, Guid incidentId) =>
        Mutate(context, ("link", incidentId), async now =>
        {
            EnsureOpen();
            if (State.Incidents.Exists(i => i.Id == incidentId))
            {
                return false;
            }

            if (State.Incidents.Count >= ProblemRules.MaxIncidents)
            {
                throw new DomainValidationException("incidentId", $"At most {ProblemRules.MaxIncidents} incidents per problem.");
            }

            var linked = await GrainFactory.GetGrain<IIncidentGrain>(incidentId).LinkProblem(Internal(context), Reference);
            State.Incidents.Add(Linked(linked));
            Record(now, context.Actor, "incidentLinked", [new FieldChange("incident", null, linked.Number)]);
            return true;
        });

    public Task<ProblemView> UnlinkIncident(CommandContext context, Guid incidentId) =>
        Mutate(context, ("unlink", incidentId), async now =>
        {
            if (State.Incidents.Find(i => i.Id == incidentId) is not { } incident)
            {
                return false;
            }

            await GrainFactory.GetGrain<IIncidentGrain>(incidentId).UnlinkProblem(Internal(context), Id);
            State.Incidents.Remove(incident);
            Record(now, context.Actor, "incidentUnlinked", [new FieldChange("incident", incident.Number, null)]);
            return true;
        });

    public Task OnIncidentChanged(IncidentSummary incident)
    {
        var index = State.Incidents.FindIndex(i => i.Id == incident.Id);
        if (index >= 0)
        {
            // Kept in memory for views; saved with the problem's next change.
            State.Incidents[index] = new LinkedProblemIncident(incident.Id, incident.Number, incident.Title, incident.Status);
        }

        return Task.CompletedTask;
    }

    /// <summary>Tells every linked incident the problem's new workaround or known-error status.</summary>
    private async Task RefreshIncidents(CommandContext context, ProblemReference before)
    {
        if (Reference == before)
        {
            return;
        }

        foreach (var incident in State.Incidents)
        {
            await GrainFactory.GetGrain<IIncidentGrain>(incident.Id).LinkProblem(Internal(context), Reference);
        }
    }

    private static LinkedProblemIncident Linked(IncidentView incident) => new(incident.Id, incident.Number, incident.Title, incident.Status);
}
