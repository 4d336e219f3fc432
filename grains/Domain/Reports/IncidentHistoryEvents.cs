using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Naming;
using ItsmOrleans.Contracts.Slas;
using ItsmOrleans.Domain.Incidents;

namespace ItsmOrleans.Domain.Reports;

/// <summary>
/// The report facts of an incident, read from its history alone: opened, acknowledged (first response), resolved,
/// reopened, closed or cancelled, each SLA met or breached once (an SLA repair may take that outcome back, see
/// <see cref="SlaOutcomeFacts"/>), and its moves between priorities, services and groups while it is in the backlog
/// (open and not resolved).
/// </summary>
public static class IncidentHistoryEvents
{
    private static readonly string ResponseClock = "sla." + WireName.Of(SlaClockKind.Response);
    private static readonly string ResolutionClock = "sla." + WireName.Of(SlaClockKind.Resolution);
    private static readonly string Breach = WireName.Of(SlaLevel.Breach);
    private static readonly string ResolvedStatus = WireName.Of(IncidentStatus.Resolved);
    private static readonly string InProgressStatus = WireName.Of(IncidentStatus.InProgress);
    private static readonly string ClosedStatus = WireName.Of(IncidentStatus.Closed);
    private static readonly string CancelledStatus = WireName.Of(IncidentStatus.Cancelled);

    public static IReadOnlyList<TicketHistoryEvent> From(Guid id, string number, IReadOnlyList<HistoryEntry> history)
    {
        var writer = new TicketHistoryWriter(TicketKinds.Incident, id, number);
        var response = new SlaOutcomeFacts(TicketHistoryEvents.SlaResponse);
        var resolution = new SlaOutcomeFacts(TicketHistoryEvents.SlaResolution);
        var inBacklog = false;
        foreach (var entry in history)
        {
            if (entry.Kind == HistoryKind.Created)
            {
                Classify(writer, entry.Changes);
                writer.OpenedAt = entry.At;
                writer.Add(TicketHistoryEvents.Opened, entry.Sequence, entry.At, backlogDelta: 1);
                inBacklog = true;
                if (FirstResponse.In(entry))
                {
                    Acknowledge(writer, entry, response);
                }

                continue;
            }

            if (inBacklog && Reclassifies(writer, entry.Changes))
            {
                writer.Add(TicketHistoryEvents.MovedOut, entry.Sequence, entry.At, backlogDelta: -1);
                Classify(writer, entry.Changes);
                writer.Add(TicketHistoryEvents.MovedIn, entry.Sequence, entry.At, backlogDelta: 1);
            }
            else
            {
                Classify(writer, entry.Changes);
            }

            if (New(entry.Changes, "respondedAt") is not null && !writer.Has(TicketHistoryEvents.Acknowledged))
            {
                Acknowledge(writer, entry, response);
            }

            if (entry.Kind == HistoryKind.SlaThresholdReached)
            {
                Breached(writer, entry, ResponseClock, response);
                Breached(writer, entry, ResolutionClock, resolution);
            }

            if (entry.Kind == HistoryKind.SlaRecomputed)
            {
                Recomputed(writer, entry, ResponseClock, response);
                Recomputed(writer, entry, ResolutionClock, resolution);
            }

            if (entry.Changes.FirstOrDefault(c => c.Field == "status") is { } status)
            {
                inBacklog = StatusChanged(writer, entry, status, inBacklog, resolution);
            }
        }

        return writer.Events;
    }

    private static bool StatusChanged(TicketHistoryWriter writer, HistoryEntry entry, FieldChange status, bool inBacklog, SlaOutcomeFacts resolution)
    {
        var leaving = inBacklog ? -1 : 0;
        if (status.New == ResolvedStatus)
        {
            // Time to resolve runs to the first resolution: a resolution after a reopen is a fact, not a second duration.
            var first = !writer.Has(TicketHistoryEvents.Resolved);
            writer.Add(TicketHistoryEvents.Resolved, entry.Sequence, entry.At, timed: first, backlogDelta: leaving);
            resolution.Stopped(writer, entry.Sequence, entry.At);
            return false;
        }

        if (status.New == InProgressStatus && status.Old == ResolvedStatus)
        {
            writer.Add(TicketHistoryEvents.Reopened, entry.Sequence, entry.At, backlogDelta: 1);
            return true;
        }

        if (status.New == ClosedStatus || status.New == CancelledStatus)
        {
            var name = status.New == ClosedStatus ? TicketHistoryEvents.Closed : TicketHistoryEvents.Cancelled;
            writer.Add(name, entry.Sequence, entry.At, timed: true, backlogDelta: leaving);
            return false;
        }

        return inBacklog;
    }

    private static void Acknowledge(TicketHistoryWriter writer, HistoryEntry entry, SlaOutcomeFacts response)
    {
        writer.Add(TicketHistoryEvents.Acknowledged, entry.Sequence, entry.At, timed: true);
        response.Stopped(writer, entry.Sequence, entry.At);
    }

    private static void Breached(TicketHistoryWriter writer, HistoryEntry entry, string clock, SlaOutcomeFacts outcome)
    {
        if (New(entry.Changes, clock) == Breach)
        {
            outcome.Breached(writer, entry.Sequence, entry.At);
        }
    }

    /// <summary>An SLA repair records each clock's breach before and after (<c>sla.resolution.breached</c>: True → False).</summary>
    private static void Recomputed(TicketHistoryWriter writer, HistoryEntry entry, string clock, SlaOutcomeFacts outcome)
    {
        if (entry.Changes.FirstOrDefault(c => c.Field == clock + ".breached") is not { } change
            || !bool.TryParse(change.Old, out var before) || !bool.TryParse(change.New, out var after) || before == after)
        {
            return;
        }

        if (before)
        {
            outcome.BreachWithdrawn(writer, entry.Sequence);
        }
        else
        {
            outcome.BreachRevealed(writer, entry.Sequence);
        }
    }

    private static bool Reclassifies(TicketHistoryWriter writer, IReadOnlyList<FieldChange> changes) =>
        changes.Any(c => c.Field switch
        {
            "priority" => PriorityNumber(c.New) != writer.Priority,
            "serviceId" => c.New != writer.ServiceId,
            "assignmentGroup" => c.New != writer.AssignmentGroup,
            _ => false,
        });

    private static void Classify(TicketHistoryWriter writer, IReadOnlyList<FieldChange> changes)
    {
        foreach (var change in changes)
        {
            switch (change.Field)
            {
                case "priority":
                    writer.Priority = PriorityNumber(change.New);
                    break;
                case "serviceId":
                    writer.ServiceId = change.New;
                    break;
                case "assignmentGroup":
                    writer.AssignmentGroup = change.New;
                    break;
            }
        }
    }

    private static int? PriorityNumber(string? value) =>
        Enum.TryParse<Priority>(value, out var priority) ? (int)priority : null;

    private static string? New(IReadOnlyList<FieldChange> changes, string field) =>
        changes.FirstOrDefault(c => c.Field == field)?.New;
}
