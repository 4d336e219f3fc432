namespace ItsmOrleans.Contracts.Escalations;

/// <summary>Someone covering a schedule from <paramref name="Start"/> to <paramref name="End"/>, whatever its layers say.</summary>
[GenerateSerializer, Immutable, Alias("itsm.OnCallOverride")]
public sealed record OnCallOverride(Guid Id, string User, DateTimeOffset Start, DateTimeOffset End, string By);
