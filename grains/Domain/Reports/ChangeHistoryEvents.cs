using ItsmOrleans.Contracts.Changes;

namespace ItsmOrleans.Domain.Reports;

/// <summary>The report facts of a change, read from its history: raised, and each outcome its review recorded.</summary>
public static class ChangeHistoryEvents
{
    public static IReadOnlyList<TicketHistoryEvent> From(Guid id, string number, IReadOnlyList<ChangeHistoryEntry> history)
    {
        var writer = new TicketHistoryWriter(TicketKinds.Change, id, number);
        foreach (var entry in history)
        {
            if (entry.Changes.FirstOrDefault(c => c.Field == "serviceId") is { } service)
            {
                writer.ServiceId = service.New;
            }

            if (entry.Kind == ChangeHistoryKind.Created)
            {
                writer.OpenedAt = entry.At;
                writer.Add(TicketHistoryEvents.Opened, entry.Sequence, entry.At);
            }

            if (entry.Changes.FirstOrDefault(c => c.Field == "outcome") is { New: { } outcome })
            {
                writer.Add(TicketHistoryEvents.ChangeOutcome, entry.Sequence, entry.At, outcome, timed: true);
            }
        }

        return writer.Events;
    }
}
