namespace ItsmOrleans.Contracts.Slas;

/// <summary>A stretch of time in which a business-hours clock counts, so a board can tick it without knowing the calendar.</summary>
[GenerateSerializer, Immutable, Alias("itsm.CountingPeriod")]
public sealed record CountingPeriod(DateTimeOffset Start, DateTimeOffset End);
