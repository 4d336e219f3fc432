namespace ItsmOrleans.Domain.Reports;

/// <summary>
/// Collects the facts of one ticket while its history is walked: numbers each kind of event and carries the
/// attributes reports group by as they were at the time.
/// </summary>
internal sealed class TicketHistoryWriter(string kind, Guid ticketId, string number)
{
    private readonly Dictionary<string, int> _ordinals = new(StringComparer.Ordinal);

    public List<TicketHistoryEvent> Events { get; } = [];

    public int? Priority { get; set; }

    public string? ServiceId { get; set; }

    public string? AssignmentGroup { get; set; }

    public DateTimeOffset OpenedAt { get; set; }

    public TicketHistoryEvent Add(string name, int sequence, DateTimeOffset at, string? outcome = null, bool timed = false, int backlogDelta = 0) =>
        Add(Fact(name, sequence, at, outcome, timed, backlogDelta));

    /// <summary>The fact as it would be written now, with the ticket's attributes as they are, without writing it.</summary>
    public TicketHistoryEvent Fact(string name, int sequence, DateTimeOffset at, string? outcome = null, bool timed = false, int backlogDelta = 0) =>
        new(kind, ticketId, number, name, 0, at, outcome, Priority, ServiceId, AssignmentGroup, OpenedAt, timed ? at - OpenedAt : null, backlogDelta, sequence);

    /// <summary>
    /// A fact with the time and attributes of <paramref name="like"/> and another outcome, written by the entry
    /// <paramref name="sequence"/>: what takes an earlier fact back in every range and filter it counts in.
    /// </summary>
    public TicketHistoryEvent AddLike(TicketHistoryEvent like, int sequence, string outcome) =>
        Add(like with { Outcome = outcome, Duration = null, BacklogDelta = 0, Sequence = sequence });

    public bool Has(string name) => _ordinals.ContainsKey(name);

    private TicketHistoryEvent Add(TicketHistoryEvent fact)
    {
        var ordinal = _ordinals.GetValueOrDefault(fact.Event) + 1;
        _ordinals[fact.Event] = ordinal;
        var numbered = fact with { Ordinal = ordinal };
        Events.Add(numbered);
        return numbered;
    }
}
