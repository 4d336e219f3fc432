using ItsmOrleans.Contracts.Problems;

namespace ItsmOrleans.Domain.Reports;

/// <summary>The report facts of a problem, read from its history: opened, and each incident linked to it (with the incident's number).</summary>
public static class ProblemHistoryEvents
{
    public static IReadOnlyList<TicketHistoryEvent> From(Guid id, string number, string? assignmentGroup, IReadOnlyList<ProblemHistoryEntry> history)
    {
        var writer = new TicketHistoryWriter(TicketKinds.Problem, id, number);
        foreach (var entry in history)
        {
            foreach (var change in entry.Changes)
            {
                if (change.Field == "serviceId")
                {
                    writer.ServiceId = change.New;
                }
                else if (change.Field == "assignmentGroup")
                {
                    writer.AssignmentGroup = change.New;
                }
            }

            switch (entry.Kind)
            {
                case "created":
                    writer.AssignmentGroup = OpeningGroup(history, assignmentGroup);
                    writer.OpenedAt = entry.At;
                    writer.Add(TicketHistoryEvents.Opened, entry.Sequence, entry.At);
                    break;
                case "incidentLinked":
                    writer.Add(TicketHistoryEvents.ProblemLinked, entry.Sequence, entry.At, entry.Changes.FirstOrDefault(c => c.Field == "incident")?.New);
                    break;
            }
        }

        return writer.Events;
    }

    /// <summary>The first history entry does not name the group a problem was opened with: the first change of it says what it was, else it never changed.</summary>
    private static string? OpeningGroup(IReadOnlyList<ProblemHistoryEntry> history, string? current) =>
        history.SelectMany(e => e.Changes).FirstOrDefault(c => c.Field == "assignmentGroup") is { } first ? first.Old : current;
}
