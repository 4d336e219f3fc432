using ItsmOrleans.Contracts.Alerts;
using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Security;

namespace ItsmOrleans.Grains.Alerts;

/// <summary>
/// One alert. The first trigger (or the first after a resolve) raises an incident on the integration's service;
/// repeats only count. Acknowledge and resolve follow the alert and are noted on its incident.
/// </summary>
public sealed class AlertGrain(
    [PersistentState("alert", ItsmStorage.Name)] IPersistentState<AlertState> store,
    TimeProvider time) : Grain, IAlertGrain
{
    private AlertState State => store.State;

    private string Key => this.GetPrimaryKeyString();

    public Task<AlertView?> Get() => Task.FromResult(State.Occurrence == 0 ? null : View());

    public async Task<AlertView?> Receive(AlertEvent alertEvent, string serviceId)
    {
        ArgumentNullException.ThrowIfNull(alertEvent);
        var now = time.GetUtcNow();
        switch (alertEvent.Action)
        {
            case "trigger" when State.Occurrence == 0 || State.Status == AlertStatus.Resolved:
                await Open(alertEvent, serviceId, now);
                break;
            case "trigger":
                State.Count++;
                State.LastSeen = now;
                State.Summary = alertEvent.Summary!;
                await store.WriteStateAsync();
                break;
            case "acknowledge" when State.Status == AlertStatus.Triggered:
                await Follow(AlertStatus.Acknowledged, $"Alert acknowledged by the monitoring tool ({State.Count} event(s) so far).", now);
                break;
            case "resolve" when State.Occurrence > 0 && State.Status != AlertStatus.Resolved:
                await Follow(AlertStatus.Resolved, $"Alert resolved by the monitoring tool after {State.Count} event(s).", now);
                break;
        }

        return State.Occurrence == 0 ? null : View();
    }

    private async Task Open(AlertEvent e, string serviceId, DateTimeOffset now)
    {
        var occurrence = State.Occurrence + 1;
        var (impact, urgency) = AlertRules.Weight(e.Severity!);
        var details = string.Join("\n", new[]
        {
            $"Source: {e.Source}",
            e.Component is null ? null : $"Component: {e.Component}",
            e.Group is null ? null : $"Group: {e.Group}",
            e.Class is null ? null : $"Class: {e.Class}",
            $"Severity: {e.Severity}",
            e.CustomDetails is null ? null : $"Details: {e.CustomDetails}",
        }.OfType<string>());

        // Retrying this after a crash raises the same incident: its id and request id follow from the alert and occurrence.
        var incidentId = IncidentIdFor(occurrence);
        var context = new CommandContext(Caller.System, RequestId: $"alert:{Key}:{occurrence}");
        var incident = await GrainFactory.GetGrain<IIncidentGrain>(incidentId).Create(
            context, new CreateIncident(Shorten(e.Summary!, 200), details, impact, urgency, "monitoring", serviceId));

        State.Occurrence = occurrence;
        State.Status = AlertStatus.Triggered;
        State.Count = 1;
        State.FirstSeen = State.LastSeen = now;
        (State.Summary, State.Severity, State.Source, State.ServiceId) = (e.Summary!, e.Severity!, e.Source!, serviceId);
        (State.IncidentId, State.IncidentNumber) = (incident.Id, incident.Number);
        await store.WriteStateAsync();
    }

    private async Task Follow(AlertStatus status, string note, DateTimeOffset now)
    {
        State.Status = status;
        State.LastSeen = now;
        await store.WriteStateAsync();
        if (State.IncidentId is { } incident)
        {
            await GrainFactory.GetGrain<IIncidentGrain>(incident).AddComment(
                new CommandContext(Caller.System, RequestId: $"alert:{Key}:{State.Occurrence}:{status}"), new AddComment(note, CommentVisibility.WorkNote));
        }
    }

    private Guid IncidentIdFor(int occurrence) => NameBasedGuid.From($"alert\n{Key}\n{occurrence}");

    private AlertView View() => new(
        DedupKeyOf(Key), State.Status, State.Count, State.FirstSeen, State.LastSeen, State.Summary, State.Severity, State.Source, State.ServiceId,
        State.IncidentId, State.IncidentNumber);

    private static string DedupKeyOf(string key) => key[(key.IndexOf('/', StringComparison.Ordinal) + 1)..];

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
