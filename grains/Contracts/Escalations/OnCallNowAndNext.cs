namespace ItsmOrleans.Contracts.Escalations;

/// <summary>Who is on call on a schedule now, and who takes over at the next hand-off (<c>Next.At</c>).</summary>
/// <param name="Next">Null when nothing ahead changes who is on call.</param>
[GenerateSerializer, Immutable, Alias("itsm.OnCallNowAndNext")]
public sealed record OnCallNowAndNext(string ScheduleId, string ScheduleName, OnCallShift Now, OnCallShift? Next);
