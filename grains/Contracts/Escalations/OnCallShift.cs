namespace ItsmOrleans.Contracts.Escalations;

/// <summary>Who is on call at a moment, from which layer (or an override), and until when the answer stands.</summary>
/// <param name="User">Null when nobody is on call.</param>
/// <param name="Until">The next hand-off, override or restriction boundary that changes who is on call; null if none is coming.</param>
[GenerateSerializer, Immutable, Alias("itsm.OnCallShift")]
public sealed record OnCallShift(DateTimeOffset At, string? User, string? Layer, bool Override, DateTimeOffset? Until);
