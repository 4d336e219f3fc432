namespace ItsmOrleans.Domain.Reports;

/// <summary>
/// One fact the reports count, derived from a ticket's history: the ticket was opened, acknowledged, resolved, an SLA
/// was met or breached, a change ended in an outcome. <see cref="Ordinal"/> numbers the ticket's events of one kind
/// (1 for the first resolution, 2 after a reopen), so the same fact written twice is stored once.
/// </summary>
/// <param name="Outcome">met / breached for SLA events, the outcome of a change, the incident number a problem linked.</param>
/// <param name="Priority">1 (P1) to 5; null for records without one (changes, problems).</param>
/// <param name="OpenedAt">When the ticket was opened: durations and backlog ages count from it.</param>
/// <param name="Duration">Time from opening for acknowledgements and resolutions.</param>
/// <param name="BacklogDelta">+1 when an incident enters the backlog (opened, reopened, moved in), −1 when it leaves.</param>
/// <param name="Sequence">The history entry the fact comes from.</param>
public sealed record TicketHistoryEvent(
    string Kind,
    Guid TicketId,
    string Number,
    string Event,
    int Ordinal,
    DateTimeOffset At,
    string? Outcome,
    int? Priority,
    string? ServiceId,
    string? AssignmentGroup,
    DateTimeOffset OpenedAt,
    TimeSpan? Duration,
    int BacklogDelta,
    int Sequence);
