using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Problems;
using ItsmOrleans.Domain.Problems;

namespace ItsmOrleans.Grains.Problems;

/// <summary>
/// How a problem links its incidents and keeps their workaround current. Calls on linked incidents carry the caller
/// and request id, never the problem's expected version.
/// </summary>
public static class ProblemIncidentLinks
{
    /// <summary>Links the incident to the problem; null when it is linked already. Refused beyond <see cref="ProblemRules.MaxIncidents"/>.</summary>
    public static async Task<ProblemEvent?> Link(IGrainFactory grains, CommandContext context, ProblemState state, Guid incidentId, ProblemReference problem)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(state);
        if (state.Incidents.Exists(i => i.Id == incidentId))
        {
            return null;
        }

        if (state.Incidents.Count >= ProblemRules.MaxIncidents)
        {
            throw new DomainValidationException("incidentId", $"At most {ProblemRules.MaxIncidents} incidents per problem.");
        }

        var linked = await grains.GetGrain<IIncidentGrain>(incidentId).LinkProblem(Internal(context), problem);
        state.Incidents.Add(new LinkedProblemIncident(linked.Id, linked.Number, linked.Title, linked.Status));
        return Linked(linked.Number);
    }

    /// <summary>Unlinks the incident from the problem; null when it is not linked.</summary>
    public static async Task<ProblemEvent?> Unlink(IGrainFactory grains, CommandContext context, ProblemState state, Guid incidentId, Guid problemId)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(state);
        if (state.Incidents.Find(i => i.Id == incidentId) is not { } incident)
        {
            return null;
        }

        await grains.GetGrain<IIncidentGrain>(incidentId).UnlinkProblem(Internal(context), problemId);
        state.Incidents.Remove(incident);
        return Unlinked(incident.Number);
    }

    /// <summary>What the history records when the incident numbered <paramref name="number"/> is linked.</summary>
    public static ProblemEvent Linked(string number) => new("incidentLinked", [new FieldChange("incident", null, number)]);

    /// <summary>What the history records when the incident numbered <paramref name="number"/> is unlinked.</summary>
    public static ProblemEvent Unlinked(string number) => new("incidentUnlinked", [new FieldChange("incident", number, null)]);

    /// <summary>Tells every linked incident the problem's new workaround or known-error status.</summary>
    public static async Task Refresh(IGrainFactory grains, CommandContext context, ProblemState state, ProblemReference before, ProblemReference problem)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(state);
        if (problem == before)
        {
            return;
        }

        foreach (var incident in state.Incidents)
        {
            await grains.GetGrain<IIncidentGrain>(incident.Id).LinkProblem(Internal(context), problem);
        }
    }

    /// <summary>The problem is resolved: each linked incident waiting for it resolves with <paramref name="note"/>.</summary>
    public static async Task ResolveWaiting(IGrainFactory grains, CommandContext context, ProblemState state, Guid problemId, string note)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(state);
        foreach (var incident in state.Incidents.ToList())
        {
            await grains.GetGrain<IIncidentGrain>(incident.Id).ResolveFromProblem(Internal(context), problemId, note);
        }
    }

    /// <summary>Keeps a linked incident's row current for views; it is saved with the problem's next change.</summary>
    public static void Follow(ProblemState state, IncidentSummary incident)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(incident);
        var index = state.Incidents.FindIndex(i => i.Id == incident.Id);
        if (index >= 0)
        {
            state.Incidents[index] = new LinkedProblemIncident(incident.Id, incident.Number, incident.Title, incident.Status);
        }
    }

    private static CommandContext Internal(CommandContext context) => context with { ExpectedVersion = null };
}
