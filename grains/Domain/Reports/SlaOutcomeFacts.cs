namespace ItsmOrleans.Domain.Reports;

/// <summary>
/// The report outcome of one SLA clock of one incident, as its history decides it: met when the clock stopped first
/// (the first response, the first resolution), breached when the target elapsed, before the clock stopped or after a
/// reopen restarted it. An SLA repair that withdraws
/// the breach, or reveals one after the clock was met, takes the counted outcome back with a withdrawal fact of the
/// same time and attributes, so the two cancel in every range and filter; a withdrawn breach of a clock that already
/// stopped is met where it stopped.
/// </summary>
internal sealed class SlaOutcomeFacts(string eventName)
{
    private TicketHistoryEvent? _counted;
    private TicketHistoryEvent? _stopped;

    public void Stopped(TicketHistoryWriter writer, int sequence, DateTimeOffset at)
    {
        if (_stopped is not null)
        {
            return;
        }

        _stopped = writer.Fact(eventName, sequence, at, TicketHistoryEvents.Met);
        _counted ??= writer.Add(eventName, sequence, at, TicketHistoryEvents.Met);
    }

    /// <summary>
    /// The target elapsed. After a met (a resolution, then a reopen whose clock ran out) the breach replaces the met,
    /// as the boards show it: one outcome per clock and incident, the breach counted when it happened.
    /// </summary>
    public void Breached(TicketHistoryWriter writer, int sequence, DateTimeOffset at)
    {
        if (_counted?.Outcome == TicketHistoryEvents.Met)
        {
            writer.AddLike(_counted, sequence, TicketHistoryEvents.MetWithdrawn);
            _counted = null;
        }

        _counted ??= writer.Add(eventName, sequence, at, TicketHistoryEvents.Breached);
    }

    public void BreachWithdrawn(TicketHistoryWriter writer, int sequence)
    {
        if (_counted?.Outcome != TicketHistoryEvents.Breached)
        {
            return;
        }

        writer.AddLike(_counted, sequence, TicketHistoryEvents.BreachedWithdrawn);
        _counted = _stopped is { } stop ? writer.AddLike(stop, sequence, TicketHistoryEvents.Met) : null;
    }

    /// <summary>A repair found the clock breached after it was met: the met goes; the breach its clock fires is counted then.</summary>
    public void BreachRevealed(TicketHistoryWriter writer, int sequence)
    {
        if (_counted?.Outcome != TicketHistoryEvents.Met)
        {
            return;
        }

        writer.AddLike(_counted, sequence, TicketHistoryEvents.MetWithdrawn);
        _counted = null;
    }
}
