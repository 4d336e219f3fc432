namespace ItsmOrleans.Contracts.Slas;

/// <summary>A clock recomputed from its record's history, as of <paramref name="IncidentVersion"/>, to replace the one counted live.</summary>
/// <param name="ElapsedBeforeRun">Time counted before the current run (all of it unless running).</param>
/// <param name="RunningSince">Start of the current run; null unless running.</param>
/// <param name="Reached">The highest threshold the recomputed clock has reached; those of them the live clock never fired fire with the correction.</param>
/// <param name="Calendar">Whose working hours count; null for every hour.</param>
[GenerateSerializer, Immutable, Alias("itsm.SlaClockCorrection")]
public sealed record SlaClockCorrection(
    Guid IncidentId,
    int IncidentVersion,
    SlaClockState State,
    TimeSpan Target,
    TimeSpan ElapsedBeforeRun,
    DateTimeOffset? RunningSince,
    DateTimeOffset? StoppedAt,
    SlaLevel? Reached,
    BusinessCalendar? Calendar);
