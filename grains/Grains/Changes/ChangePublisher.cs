using ItsmOrleans.Contracts.Changes;
using ItsmOrleans.Contracts.LiveFeeds;
using ItsmOrleans.Domain.Reports;
using ItsmOrleans.Grains.Projections;
using ItsmOrleans.Grains.Reports;
using ItsmOrleans.Grains.Search;
using Microsoft.Extensions.Logging;

namespace ItsmOrleans.Grains.Changes;

/// <summary>
/// How a saved change reaches its list row, search document and report facts (see <see cref="ProjectionRetry"/> for
/// what happens when it cannot), then the boards. One per activation: it remembers how far the history has reached the reports.
/// </summary>
/// <param name="logger">The grain's: a retry is logged where it always was, under the change grain.</param>
public sealed class ChangePublisher(
    IChangeProjection rows,
    ISearchProjection search,
    ITicketHistoryProjection reports,
    IGrainFactory grains,
    TimeProvider time,
    ILogger<ChangeGrain> logger)
{
    private readonly ReportedHistory _reported = new();

    public async Task Publish(Guid id, ChangeState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var row = Row(id, state);
        var indexed = ChangeSearchDocument.Of(id, state);
        await ProjectionRetry.Run(async () =>
        {
            await rows.Upsert(row, CancellationToken.None);
            await search.Upsert(indexed, CancellationToken.None);
            await _reported.Append(reports, ChangeHistoryEvents.From(id, state.Number, state.History), state.History.Count);
        }, time, logger, state.Number);
        await grains.Publish(row);
    }

    private static ChangeSummary Row(Guid id, ChangeState s) => new(
        id, s.Number, s.Type, s.Status, s.Title, s.ServiceId, s.Implementer, s.Window, s.Risk?.Level, [.. s.Conflicts],
        s.UnresolvedConflicts.Count, s.Outcome, s.UpdatedAt, s.Version, s.Revision);
}
