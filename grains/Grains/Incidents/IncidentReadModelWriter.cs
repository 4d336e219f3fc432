using ItsmOrleans.Domain.Reports;
using ItsmOrleans.Grains.Projections;
using ItsmOrleans.Grains.Reports;
using ItsmOrleans.Grains.Search;
using Microsoft.Extensions.Logging;

namespace ItsmOrleans.Grains.Incidents;

/// <summary>
/// Writes an incident's list row, search document and report facts (see <see cref="ProjectionRetry"/> for what happens
/// when it cannot). One per activation: it remembers how far the history has reached the reports.
/// </summary>
/// <param name="logger">The grain's: a retry is logged where it always was, under the incident grain.</param>
public sealed class IncidentReadModelWriter(
    IIncidentProjection rows,
    ISearchProjection search,
    ITicketHistoryProjection reports,
    TimeProvider time,
    ILogger<IncidentGrain> logger)
{
    private readonly ReportedHistory _reported = new();

    public Task Write(Guid id, IncidentState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return ProjectionRetry.Run(async () =>
        {
            // Three tables, each write guarded by the row's revision: sent at once, they share one commit.
            var row = IncidentRow.Of(id, state);
            await Task.WhenAll(
                rows.Upsert(row, CancellationToken.None),
                search.Upsert(IncidentSearchDocument.Of(id, state, row), CancellationToken.None),
                _reported.Append(reports, IncidentHistoryEvents.From(id, state.Number, state.History), state.History.Count));
        }, time, logger, state.Number);
    }
}
