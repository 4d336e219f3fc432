namespace ItsmOrleans.Contracts.Slas;

/// <summary>One stretch of working time in a week, in the calendar's local time.</summary>
/// <param name="Day">The day the stretch starts.</param>
/// <param name="End">When it ends; at or before <paramref name="Start"/> means on the next day (00:00–00:00 is the whole day).</param>
[GenerateSerializer, Immutable, Alias("itsm.WorkingHours")]
public sealed record WorkingHours(DayOfWeek Day, TimeOnly Start, TimeOnly End);
