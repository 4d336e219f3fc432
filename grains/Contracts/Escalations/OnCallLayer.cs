using ItsmOrleans.Contracts.Slas;

namespace ItsmOrleans.Contracts.Escalations;

/// <summary>
/// One rotation of a schedule: its users take turns of <paramref name="TurnLength"/>, the first turn starting at
/// <paramref name="Start"/> in the schedule's local time (a whole-day turn hands off at the same local time every day,
/// across daylight-saving changes). Restricted to <paramref name="Restrictions"/> when given; a later layer covers
/// an earlier one wherever both have someone on call.
/// </summary>
[GenerateSerializer, Immutable, Alias("itsm.OnCallLayer")]
public sealed record OnCallLayer(string Name, IReadOnlyList<string> Users, DateTime Start, TimeSpan TurnLength, IReadOnlyList<WorkingHours>? Restrictions = null);
