using ItsmOrleans.Contracts.Alerts;
using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Security;
using ItsmOrleans.Contracts.Services;
using ItsmOrleans.Contracts.Validation;
using ItsmOrleans.Domain.Alerts;
using ItsmOrleans.Domain.Incidents;
using Microsoft.Extensions.Options;

namespace ItsmOrleans.Grains.Alerts;

/// <summary>
/// The alerts of one service and group key. An opening alert joins the group's open incident while alerts keep coming
/// within the grouping window; otherwise it raises a new incident, routed to the service's support group. A more severe
/// alert raises the incident's impact and urgency. Once all of an incident's alerts resolved, it resolves (configurable).
/// </summary>
public sealed class AlertGroupGrain(
    [PersistentState("alert-group", ItsmStorage.Name)] IPersistentState<AlertGroupState> store,
    IOptions<AlertOptions> options,
    TimeProvider time) : Grain, IAlertGroupGrain
{
    private AlertGroupState State => store.State;

    private string Key => this.GetPrimaryKeyString();

    public async Task<AlertIncident> Open(AlertOpening opening)
    {
        ArgumentNullException.ThrowIfNull(opening);
        if (State.Incidents.Find(i => i.OpenAlerts.Contains(opening.AlertKey)) is { } known)
        {
            return new AlertIncident(known.Id, known.Number); // A retry after a failed save.
        }

        var now = time.GetUtcNow();
        var current = State.Incidents.Find(i => i.Id == State.Current);
        var joins = current is not null
            && AlertGrouping.Joins(State.LastAlertAt, await IsOpen(current.Id), now, options.Value.GroupingWindow);
        if (!joins)
        {
            if (current is { OpenAlerts.Count: 0 })
            {
                State.Incidents.Remove(current);
            }

            current = await Raise(opening);
            State.Incidents.Add(current);
            State.Current = current.Id;
        }
        else if (AlertGrouping.Rank(opening.Severity) < AlertGrouping.Rank(current!.Severity))
        {
            await RaiseSeverity(current, opening);
        }

        current.OpenAlerts.Add(opening.AlertKey);
        current.Alerts++;
        State.LastAlertAt = now;
        await store.WriteStateAsync();
        return new AlertIncident(current.Id, current.Number);
    }

    public async Task Resolved(string alertKey, Guid incidentId)
    {
        if (State.Incidents.Find(i => i.Id == incidentId) is not { } incident || !incident.OpenAlerts.Remove(alertKey))
        {
            return;
        }

        if (incident.OpenAlerts.Count == 0)
        {
            await AllResolved(incident);
            if (options.Value.AutoResolve || incident.Id != State.Current)
            {
                State.Incidents.Remove(incident);
                State.Current = incident.Id == State.Current ? null : State.Current;
            }
        }

        await store.WriteStateAsync();
    }

    private async Task<GroupedIncident> Raise(AlertOpening opening)
    {
        var number = State.Raised + 1;
        var id = NameBasedGuid.From($"alert-group\n{Key}\n{number}");
        var service = await GrainFactory.GetGrain<IServiceGrain>(opening.ServiceId).Get();
        var (impact, urgency) = AlertRules.Weight(opening.Severity);
        var groupKey = AlertKeys.TailOf(Key);
        var description = $"{opening.Details}\n\nRaised from monitoring: alerts of {service.Name}"
            + (groupKey.Length == 0 ? "" : $" in group '{groupKey}'") + " join this incident while they keep coming.";
        var command = new CreateIncident(
            Shorten(opening.Summary, TextLimits.Title), Shorten(description, TextLimits.Description), impact, urgency, CallerNames.Monitoring,
            opening.ServiceId, service.SupportGroup, SlaPolicyId: service.SlaPolicyId);
        var incident = GrainFactory.GetGrain<IIncidentGrain>(id);
        IncidentView view;
        try
        {
            view = await incident.Create(new CommandContext(Caller.System, RequestId: $"alert-group:{Key}:{number}"), command);
        }
        catch (Exception e) when (e is VersionConflictException or IdempotencyKeyReusedException)
        {
            // Raised before a crash cut this grain off from saving it (from another alert's details): adopt it.
            view = await incident.Get(Caller.System);
        }

        State.Raised = number;
        return new GroupedIncident { Id = view.Id, Number = view.Number, Severity = opening.Severity };
    }

    /// <summary>A more severe alert joined: the incident's priority rises to match it, never falls below what people set.</summary>
    private async Task RaiseSeverity(GroupedIncident incident, AlertOpening opening)
    {
        var (impact, urgency) = AlertRules.Weight(opening.Severity);
        var grain = GrainFactory.GetGrain<IIncidentGrain>(incident.Id);
        if (PriorityMatrix.For(impact, urgency) < (await grain.Get(Caller.System)).Priority)
        {
            await grain.UpdateDetails(
                new CommandContext(Caller.System, RequestId: $"alert-group:{Key}:severity:{opening.AlertKey}:{incident.Alerts}"),
                new UpdateIncidentDetails(Impact: impact, Urgency: urgency));
        }

        incident.Severity = opening.Severity;
    }

    private async Task AllResolved(GroupedIncident incident)
    {
        var grain = GrainFactory.GetGrain<IIncidentGrain>(incident.Id);
        var context = new CommandContext(Caller.System, RequestId: $"alert-group:{Key}:cleared:{incident.Id}:{incident.Alerts}");
        var text = $"All {incident.Alerts} alert(s) grouped into this incident have resolved.";
        var view = await grain.Get(Caller.System);
        if (!IsOpen(view.Status))
        {
            return;
        }

        if (options.Value.AutoResolve)
        {
            await grain.ChangeStatus(context, new ChangeIncidentStatus(
                IncidentStatus.Resolved, ResolutionCode: ResolutionCode.ResolvedByMonitoring, ResolutionNotes: text));
        }
        else
        {
            await grain.AddComment(context, new AddComment(text, CommentVisibility.WorkNote));
        }
    }

    private async Task<bool> IsOpen(Guid incidentId) => IsOpen((await GrainFactory.GetGrain<IIncidentGrain>(incidentId).Get(Caller.System)).Status);

    private static bool IsOpen(IncidentStatus status) => status is not (IncidentStatus.Resolved or IncidentStatus.Closed or IncidentStatus.Cancelled);

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
