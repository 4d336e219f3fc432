namespace ItsmOrleans.Hosting.ReadModel;

/// <summary>The report figures, read from the ticket history alone (never from the grains).</summary>
public interface IReportReadModel
{
    /// <summary>Durations from opening of the first fact of each ticket (acknowledged, resolved), per group and second.</summary>
    Task<IReadOnlyList<DurationBucket>> Durations(string kind, string eventName, ReportFilter filter, CancellationToken cancellationToken);

    /// <summary>How many facts of one event there were, per group and outcome.</summary>
    Task<IReadOnlyList<OutcomeCount>> Outcomes(string kind, string eventName, ReportFilter filter, CancellationToken cancellationToken);

    /// <summary>
    /// How many facts of one event there were, per group, counting an outcome once per ticket: where it first happened
    /// (an incident linked to a problem counts once, however often it was unlinked and linked again).
    /// </summary>
    Task<IReadOnlyList<OutcomeCount>> FirstOutcomes(string kind, string eventName, ReportFilter filter, CancellationToken cancellationToken);

    /// <summary>
    /// The incident backlog over the range; <paramref name="ageBoundaries"/> are opening times, newest first: an
    /// incident opened after boundary 0 is in bucket 0, after boundary 1 in bucket 1, older ones in the last bucket.
    /// </summary>
    Task<BacklogFigures> Backlog(ReportFilter filter, IReadOnlyList<DateTimeOffset> ageBoundaries, CancellationToken cancellationToken);
}
