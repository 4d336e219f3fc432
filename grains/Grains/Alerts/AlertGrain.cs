using ItsmOrleans.Contracts.Alerts;
using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Escalations;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Security;
using ItsmOrleans.Domain.Alerts;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ItsmOrleans.Grains.Alerts;

/// <summary>
/// One alert. Its first trigger (or the first after a resolve) joins its group's incident; repeats only count.
/// Acknowledge is noted on the incident; a resolve tells the group, unless the alert is flapping: then the resolve is
/// held until the alert has been quiet for a while. Every answered event is saved before the call returns.
/// </summary>
public sealed partial class AlertGrain(
    [PersistentState("alert", ItsmStorage.Name)] IPersistentState<AlertState> store,
    IAlertProjection projection,
    IOptions<AlertOptions> options,
    TimeProvider time,
    ILogger<AlertGrain> logger) : Grain, IAlertGrain, IRemindable
{
    private readonly FlapDetector _flaps = FlapDetector.From(options.Value);

    private AlertState State => store.State;

    private string Key => this.GetPrimaryKeyString();

    private bool IsOpen => State.Occurrence > 0 && State.Status != AlertStatus.Resolved;

    public Task<AlertView?> Get() => Task.FromResult(State.Occurrence == 0 ? null : View());

    public async Task<AlertView?> Receive(AlertEvent alertEvent, IntegrationKeyView integration)
    {
        ArgumentNullException.ThrowIfNull(alertEvent);
        ArgumentNullException.ThrowIfNull(integration);
        var now = time.GetUtcNow();
        switch (alertEvent.Action)
        {
            case "trigger" when !IsOpen:
                await Open(alertEvent, integration, now);
                break;
            case "trigger":
                await Repeat(alertEvent, now);
                break;
            case "acknowledge" when State.Status == AlertStatus.Triggered:
                await Acknowledge(now);
                break;
            case "resolve" when IsOpen && !State.HeldResolve:
                await Resolve(now);
                break;
        }

        return State.Occurrence == 0 ? null : View();
    }

    private async Task Open(AlertEvent e, IntegrationKeyView integration, DateTimeOffset now)
    {
        _flaps.Record(State.Transitions, now);
        State.Flapping |= _flaps.IsFlapping(State.Transitions, now);

        // The group is told first: if saving fails below, the monitoring tool's retry finds the alert in the same incident.
        var incident = await GrainFactory.GetGrain<IAlertGroupGrain>(AlertGrouping.KeyOf(integration.ServiceId, e.Group))
            .Open(new AlertOpening(Key, integration.ServiceId, e.Summary!, Details(e), e.Severity!));
        State.Occurrence++;
        State.Status = AlertStatus.Triggered;
        State.Count = 1;
        State.FirstSeen = State.LastSeen = now;
        (State.Summary, State.Severity, State.Source, State.ServiceId, State.GroupKey, State.IntegrationName) =
            (e.Summary!, e.Severity!, e.Source!, integration.ServiceId, e.Group, integration.Name);
        (State.IncidentId, State.IncidentNumber) = (incident.Id, incident.Number);
        await Save(now, showAtOnce: true);
    }

    private async Task Repeat(AlertEvent e, DateTimeOffset now)
    {
        var resumed = State.HeldResolve;
        if (resumed)
        {
            // A flapping alert fired again before it settled: the held resolve is void.
            _flaps.Record(State.Transitions, now);
            State.HeldResolve = false;
            await KeepSettling(now);
        }

        State.Count++;
        State.LastSeen = now;
        State.Summary = e.Summary!;
        await Save(now, showAtOnce: resumed);
    }

    private async Task Acknowledge(DateTimeOffset now)
    {
        State.Status = AlertStatus.Acknowledged;
        State.LastSeen = now;
        await Note($"Alert '{DedupKey}' acknowledged by the monitoring tool ({State.Count} event(s) so far).", "acknowledged");
        if (State.IncidentId is { } incident)
        {
            await GrainFactory.GetGrain<IEscalationGrain>(incident).Stop($"{State.IntegrationName} (monitoring)", EscalationStatus.Acknowledged);
        }

        await Save(now, showAtOnce: true);
    }

    private async Task Resolve(DateTimeOffset now)
    {
        _flaps.Record(State.Transitions, now);
        State.LastSeen = now;
        if (_flaps.IsFlapping(State.Transitions, now))
        {
            State.Flapping = State.HeldResolve = true;
            await KeepSettling(now);
            await Save(now, showAtOnce: true);
            return;
        }

        await Close(now);
    }

    /// <summary>The alert is resolved for good: its group hears first, so a failed save is retried into the same result.</summary>
    private async Task Close(DateTimeOffset now)
    {
        if (State.IncidentId is { } incident)
        {
            await GrainFactory.GetGrain<IAlertGroupGrain>(AlertGrouping.KeyOf(State.ServiceId, State.GroupKey)).Resolved(Key, incident);
        }

        State.Status = AlertStatus.Resolved;
        State.HeldResolve = false;
        await Save(now, showAtOnce: true);
    }

    private async Task Note(string text, string what)
    {
        if (State.IncidentId is { } incident)
        {
            await GrainFactory.GetGrain<IIncidentGrain>(incident).AddComment(
                new CommandContext(Caller.System, RequestId: $"alert:{Key}:{State.Occurrence}:{what}"), new AddComment(text, CommentVisibility.WorkNote));
        }
    }

    private string DedupKey => AlertKeys.TailOf(Key);

    private static string Details(AlertEvent e) => string.Join("\n", new[]
    {
        $"Source: {e.Source}",
        e.Component is null ? null : $"Component: {e.Component}",
        e.Group is null ? null : $"Group: {e.Group}",
        e.Class is null ? null : $"Class: {e.Class}",
        $"Severity: {e.Severity}",
        e.CustomDetails is null ? null : $"Details: {e.CustomDetails}",
    }.OfType<string>());

    private AlertView View() => new(
        AlertIds.Of(Key), DedupKey, State.Status, State.Count, State.FirstSeen, State.LastSeen, State.Summary, State.Severity, State.Source, State.ServiceId,
        State.IncidentId, State.IncidentNumber, State.GroupKey, State.Flapping);

    private AlertSummary Summary() => new(
        AlertIds.Of(Key), DedupKey, State.IntegrationName, State.ServiceId, State.GroupKey, State.Status, State.Severity, State.Summary, State.Source,
        State.Count, State.Flapping, State.FirstSeen, State.LastSeen, State.IncidentId, State.IncidentNumber, State.Revision);
}
