using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Slas;
using ItsmOrleans.Domain.Incidents;
using ItsmOrleans.Domain.Reports;
using ItsmOrleans.Domain.Slas;
using ItsmOrleans.Grains.Incidents;

namespace ItsmOrleans.Web.Tests.Reports.Reference;

/// <summary>
/// Random incident histories written by the real commands, through every workflow path: taken or not, by a person or
/// raised by automation, held, resolved, reopened, closed, cancelled, moved between priorities, services and groups,
/// each clock breached at most once (before or after a resolution). Deterministic for a seed.
/// </summary>
public sealed class IncidentHistoryGenerator(int seed, DateTimeOffset start)
{
    public static readonly string[] Groups = ["network", "messaging", "desk"];
    public static readonly string[] Services = ["mail", "vpn"];

    private readonly HistoryRandom _random = new(seed);

    public (GeneratedIncident Truth, IReadOnlyList<TicketHistoryEvent> Facts) Next(int index)
    {
        var state = new IncidentState();
        var id = _random.Id();
        var number = $"INC{index:D7}";
        var at = _random.Within20Days(start);
        var byPerson = _random.Next(3) > 0;
        string? service = _random.Maybe(Services);
        var create = new CreateIncident("Generated", "", _random.Pick(Enum.GetValues<Impact>()), _random.Pick(Enum.GetValues<Urgency>()), "bob",
            service, _random.Pick(Groups), _random.Next(2) == 0 ? "alice" : null);
        Apply(state, at, byPerson ? "ann" : "key:monitor", s => IncidentCommands.Create(s, create, SlaOptions.Standard, number, at, respondsNow: byPerson));
        var truth = new GeneratedIncident(Moment(state, at));
        Observe(truth, state, at);
        for (var step = 0; step < 12 && !IncidentWorkflow.IsFinal(state.Status); step++)
        {
            at = at.AddSeconds(_random.Next(1, _random.Next(2) == 0 ? 600 : 8 * 3600));
            var actions = Actions(state, truth, at);
            _random.Pick(actions)();
            Observe(truth, state, at);
        }

        return (truth, IncidentHistoryEvents.From(id, number, state.History));
    }

    private List<Action> Actions(IncidentState state, GeneratedIncident truth, DateTimeOffset at)
    {
        var actions = new List<Action>();
        void Do(Func<IncidentState, IncidentChange?> command) => actions.Add(() => Apply(state, at, "ann", command));
        void Move(IncidentStatus to, HoldReason? hold = null, ResolutionCode? code = null) =>
            Do(s => IncidentCommands.ChangeStatus(s, new ChangeIncidentStatus(to, hold, code, code is null ? null : "fixed"), at));

        if (state.Status is IncidentStatus.New or IncidentStatus.Assigned or IncidentStatus.InProgress or IncidentStatus.OnHold)
        {
            Do(s => IncidentCommands.Assign(s, new AssignIncident(_random.Pick(Groups), null), at));
            Do(s => IncidentCommands.UpdateDetails(s, new UpdateIncidentDetails(Urgency: _random.Pick(Enum.GetValues<Urgency>())), _ => SlaOptions.Standard));
            Do(s => IncidentCommands.UpdateDetails(s, new UpdateIncidentDetails(ServiceId: _random.Pick(Services)), _ => SlaOptions.Standard));
        }

        if (state.Status is IncidentStatus.New or IncidentStatus.Assigned)
        {
            Do(s => IncidentCommands.Assign(s, new AssignIncident(null, _random.Pick(["alice", "bob"])), at));
            Move(IncidentStatus.Cancelled);
            if (state.RespondedAt is null && truth.ResponseBreach is null)
            {
                actions.Add(() => Breach(state, truth, SlaClockKind.Response, at));
            }
        }

        if (state.Status is IncidentStatus.Assigned or IncidentStatus.OnHold)
        {
            Move(IncidentStatus.InProgress);
        }

        if (state.Status is IncidentStatus.New or IncidentStatus.Assigned or IncidentStatus.InProgress && truth.ResolutionBreach is null)
        {
            actions.Add(() => Breach(state, truth, SlaClockKind.Resolution, at));
        }

        switch (state.Status)
        {
            case IncidentStatus.InProgress:
                Move(IncidentStatus.OnHold, HoldReason.AwaitingCaller);
                Move(IncidentStatus.Resolved, code: ResolutionCode.SolvedPermanently);
                break;
            case IncidentStatus.OnHold:
                Move(IncidentStatus.Resolved, code: ResolutionCode.SolvedPermanently);
                break;
            case IncidentStatus.Resolved:
                Move(IncidentStatus.InProgress);
                Move(IncidentStatus.Closed);
                break;
        }

        return actions;
    }

    private static void Apply(IncidentState state, DateTimeOffset at, string actor, Func<IncidentState, IncidentChange?> command)
    {
        if (command(state) is { } change)
        {
            state.History.Add(new HistoryEntry(state.History.Count + 1, state.History.Count + 1, at, actor, change.Kind, change.Changes, change.Note));
        }
    }

    private static void Breach(IncidentState state, GeneratedIncident truth, SlaClockKind clock, DateTimeOffset at)
    {
        var view = new SlaClockView(clock, SlaClockState.Running, TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(30), at, at, null, SlaLevel.Breach);
        SlaEventRecorder.Record(state, [new SlaEvent(state.History.Count + 1, clock, SlaLevel.Breach, at, at)], view, at);
        if (clock == SlaClockKind.Response)
        {
            truth.ResponseBreach = Moment(state, at);
        }
        else
        {
            truth.ResolutionBreach = Moment(state, at);
        }
    }

    private static void Observe(GeneratedIncident truth, IncidentState state, DateTimeOffset at)
    {
        var moment = Moment(state, at);
        truth.Moments.Add(moment);
        if (truth.FirstResponse is null && state.RespondedAt is not null)
        {
            truth.FirstResponse = moment;
        }

        if (truth.FirstResolution is null && state.Status == IncidentStatus.Resolved)
        {
            truth.FirstResolution = moment;
        }
    }

    private static IncidentMoment Moment(IncidentState state, DateTimeOffset at) =>
        new(at, state.Status, (int)state.Priority, state.ServiceId, state.AssignmentGroup);
}
