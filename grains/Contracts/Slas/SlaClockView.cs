namespace ItsmOrleans.Contracts.Slas;

/// <summary>An SLA clock as of <paramref name="AsOf"/>.</summary>
/// <param name="Elapsed">Counted time as of <paramref name="AsOf"/>; time paused does not count.</param>
/// <param name="DueAt">When the target is reached if the clock keeps running; null while paused or stopped.</param>
/// <param name="Reached">The highest threshold reached so far, if any.</param>
/// <param name="Calendar">The business calendar whose hours count; null when every hour counts.</param>
/// <param name="CountingPeriods">For a running business-hours clock: when it counts from <paramref name="AsOf"/> until a week past its breach.</param>
[GenerateSerializer, Immutable, Alias("itsm.SlaClockView")]
public sealed record SlaClockView(
    SlaClockKind Kind,
    SlaClockState State,
    TimeSpan Target,
    TimeSpan Elapsed,
    DateTimeOffset AsOf,
    DateTimeOffset? DueAt,
    DateTimeOffset? StoppedAt,
    SlaLevel? Reached,
    string? Calendar = null,
    IReadOnlyList<CountingPeriod>? CountingPeriods = null)
{
    /// <summary>True once the target elapsed before the clock stopped.</summary>
    public bool Breached => Reached == SlaLevel.Breach;

    /// <summary>The time left before breach as of <see cref="AsOf"/>; negative once breached.</summary>
    public TimeSpan Remaining => Target - Elapsed;
}
