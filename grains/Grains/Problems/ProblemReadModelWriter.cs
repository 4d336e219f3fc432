using ItsmOrleans.Contracts.Problems;
using ItsmOrleans.Domain.Reports;
using ItsmOrleans.Grains.Projections;
using ItsmOrleans.Grains.Reports;
using ItsmOrleans.Grains.Search;
using Microsoft.Extensions.Logging;

namespace ItsmOrleans.Grains.Problems;

/// <summary>
/// Writes a problem's list row, search document and report facts (see <see cref="ProjectionRetry"/> for what happens
/// when it cannot). One per activation: it remembers how far the history has reached the reports.
/// </summary>
/// <param name="logger">The grain's: a retry is logged where it always was, under the problem grain.</param>
public sealed class ProblemReadModelWriter(
    IProblemProjection rows,
    ISearchProjection search,
    ITicketHistoryProjection reports,
    TimeProvider time,
    ILogger<ProblemGrain> logger)
{
    private readonly ReportedHistory _reported = new();

    public Task Write(Guid id, ProblemState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var row = Row(id, state);
        return ProjectionRetry.Run(async () =>
        {
            await rows.Upsert(row, CancellationToken.None);
            await search.Upsert(ProblemSearchDocument.Of(id, state), CancellationToken.None);
            await _reported.Append(reports, ProblemHistoryEvents.From(id, state.Number, state.AssignmentGroup, state.History), state.History.Count);
        }, time, logger, state.Number);
    }

    private static ProblemSummary Row(Guid id, ProblemState s) =>
        new(id, s.Number, s.Title, s.Status, s.ServiceId, s.Symptoms, s.Cause, s.Workaround, s.KnownError, s.Incidents.Count, s.UpdatedAt, s.Version, s.Revision);
}
