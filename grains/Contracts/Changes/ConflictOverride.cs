namespace ItsmOrleans.Contracts.Changes;

/// <summary>Someone accepted the listed conflicts, with a reason. New conflicts need a new override.</summary>
[GenerateSerializer, Immutable, Alias("itsm.ConflictOverride")]
public sealed record ConflictOverride(string Reason, string By, DateTimeOffset At, IReadOnlyList<string> ConflictKeys);
