using ItsmOrleans.Contracts.Changes;
using ItsmOrleans.Domain.Changes;
using ItsmOrleans.Domain.Reports;
using ItsmOrleans.Grains.Changes;

namespace ItsmOrleans.Web.Tests.Reports.Reference;

/// <summary>
/// Random change histories written by the real commands: raised for a service, moved to another while planned, then
/// reviewed with an outcome and perhaps closed, cancelled, or left open. Assessment, authorisation and scheduling
/// write no report facts, so a change goes straight from planning to implementation. Deterministic for a seed.
/// </summary>
public sealed class ChangeHistoryGenerator(int seed, DateTimeOffset start)
{
    private static readonly ChangeAssessment NothingToSettle = new(null, null, []);

    private readonly HistoryRandom _random = new(seed);

    public (GeneratedChange Truth, IReadOnlyList<TicketHistoryEvent> Facts) Next(int index)
    {
        var state = new ChangeState();
        var number = $"CHG{index:D7}";
        var at = _random.Within20Days(start);
        Record(state, at, ChangeCommands.Create(state, new CreateChange(ChangeType.Normal, "Generated", "", _random.Pick(IncidentHistoryGenerator.Services)), null, number, "ann", at));
        for (var moves = _random.Next(3); moves > 0; moves--)
        {
            at = Later(at);
            Record(state, at, ChangeCommands.Update(state, new UpdateChange(ServiceId: _random.Pick(IncidentHistoryGenerator.Services)), null));
        }

        GeneratedChange truth = new(null, null);
        switch (_random.Next(4))
        {
            case 0:
                at = Later(at);
                Record(state, at, ChangeCommands.Move(state, new MoveChange(ChangeStatus.Cancelled, Notes: "not needed"), NothingToSettle, "ann", 1, at));
                break;
            case 1:
                break;
            default:
                at = Later(at);
                state.Status = ChangeStatus.Implement;
                var outcome = _random.Pick(Enum.GetValues<ChangeOutcome>());
                Record(state, at, ChangeCommands.Move(state, new MoveChange(ChangeStatus.Review, outcome), NothingToSettle, "ann", 1, at));
                truth = new GeneratedChange(new RecordMoment(at, state.ServiceId, null), outcome);
                if (_random.Next(2) == 0)
                {
                    at = Later(at);
                    Record(state, at, ChangeCommands.Move(state, new MoveChange(ChangeStatus.Closed), NothingToSettle, "ann", 1, at));
                }

                break;
        }

        return (truth, ChangeHistoryEvents.From(_random.Id(), number, state.History));
    }

    private static void Record(ChangeState state, DateTimeOffset at, ChangeEvent? change)
    {
        if (change is not null)
        {
            state.History.Add(new ChangeHistoryEntry(state.History.Count + 1, state.History.Count + 1, at, "ann", change.Kind, change.Changes, change.Note));
        }
    }

    private DateTimeOffset Later(DateTimeOffset at) => at.AddSeconds(_random.Next(1, 2 * 86400));
}
