using ItsmOrleans.Domain.Reports;

namespace ItsmOrleans.Grains.Reports;

/// <summary>
/// How far one activation's history has reached the reports, so each change writes only its new facts. A new
/// activation starts from nothing and writes them all once more, which the table ignores.
/// </summary>
public sealed class ReportedHistory
{
    private int _throughSequence;

    public async Task Append(ITicketHistoryProjection projection, IEnumerable<TicketHistoryEvent> events, int historyCount)
    {
        ArgumentNullException.ThrowIfNull(projection);
        await projection.Append([.. events.Where(e => e.Sequence > _throughSequence)], CancellationToken.None);
        _throughSequence = historyCount;
    }
}
