using ItsmOrleans.Contracts.Problems;
using ItsmOrleans.Domain.Problems;
using ItsmOrleans.Domain.Reports;
using ItsmOrleans.Grains.Problems;

namespace ItsmOrleans.Web.Tests.Reports.Reference;

/// <summary>
/// Random problem histories written by the real commands: opened with or without a service and group, moved between
/// services and groups, incidents linked, unlinked and linked again. Deterministic for a seed.
/// </summary>
public sealed class ProblemHistoryGenerator(int seed, DateTimeOffset start)
{
    private static readonly string[] Incidents = ["INC0000001", "INC0000002", "INC0000003", "INC0000004", "INC0000005"];

    private readonly HistoryRandom _random = new(seed);

    public (GeneratedProblem Truth, IReadOnlyList<TicketHistoryEvent> Facts) Next(int index)
    {
        var state = new ProblemState { Created = true, Number = $"PRB{index:D7}" };
        var at = _random.Within20Days(start);
        var create = new CreateProblem("Generated", "", _random.Maybe(IncidentHistoryGenerator.Services), AssignmentGroup: _random.Maybe(IncidentHistoryGenerator.Groups));
        Record(state, at, ProblemCommands.Create(state, create, at));
        var opened = Moment(state, at);
        var everLinked = new HashSet<string>();
        var firstLinks = new List<RecordMoment>();
        for (var step = _random.Next(8); step > 0; step--)
        {
            at = at.AddSeconds(_random.Next(0, 3 * 86400));
            var linked = state.Incidents.Select(i => i.Number).ToList();
            switch (_random.Next(4))
            {
                case 0:
                    Record(state, at, ProblemCommands.Update(state, new UpdateProblem(ServiceId: _random.Pick(IncidentHistoryGenerator.Services))));
                    break;
                case 1:
                    Record(state, at, ProblemCommands.Update(state, new UpdateProblem(AssignmentGroup: _random.Pick(IncidentHistoryGenerator.Groups))));
                    break;
                case 2 when linked.Count > 0:
                    var unlinked = _random.Pick(linked);
                    state.Incidents.RemoveAll(i => i.Number == unlinked);
                    Record(state, at, ProblemIncidentLinks.Unlinked(unlinked));
                    break;
                default:
                    var incident = _random.Pick(Incidents);
                    if (linked.Contains(incident))
                    {
                        break;
                    }

                    state.Incidents.Add(new LinkedProblemIncident(Guid.NewGuid(), incident, "Generated", default));
                    Record(state, at, ProblemIncidentLinks.Linked(incident));
                    if (everLinked.Add(incident))
                    {
                        firstLinks.Add(Moment(state, at));
                    }

                    break;
            }
        }

        var id = _random.Id();
        return (new GeneratedProblem(opened, firstLinks), ProblemHistoryEvents.From(id, state.Number, state.AssignmentGroup, state.History));
    }

    private static void Record(ProblemState state, DateTimeOffset at, ProblemEvent? happened)
    {
        if (happened is not null)
        {
            state.History.Add(new ProblemHistoryEntry(state.History.Count + 1, state.History.Count + 1, at, "ann", happened.Kind, happened.Changes, happened.Note));
        }
    }

    private static RecordMoment Moment(ProblemState state, DateTimeOffset at) => new(at, state.ServiceId, state.AssignmentGroup);
}
