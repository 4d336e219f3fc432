namespace ItsmOrleans.Grains.Reports;

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

    public void Add(string name, int sequence, DateTimeOffset at, string? outcome = null, bool timed = false, int backlogDelta = 0)
    {
        var ordinal = _ordinals.GetValueOrDefault(name) + 1;
        _ordinals[name] = ordinal;
        Events.Add(new TicketHistoryEvent(
            kind, ticketId, number, name, ordinal, at, outcome, Priority, ServiceId, AssignmentGroup, OpenedAt,
            timed ? at - OpenedAt : null, backlogDelta, sequence));
    }

    public bool Has(string name) => _ordinals.ContainsKey(name);
}
