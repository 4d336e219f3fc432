using ItsmOrleans.Domain.Reports;

namespace ItsmOrleans.Grains.Reports;

/// <summary>
/// Appends the facts reports count to the ticket history. Implementations must be idempotent: an event already stored
/// (same ticket, event and ordinal) is left as it is, so a retried or repeated write never counts twice.
/// </summary>
public interface ITicketHistoryProjection
{
    Task Append(IReadOnlyList<TicketHistoryEvent> events, CancellationToken cancellationToken);
}
