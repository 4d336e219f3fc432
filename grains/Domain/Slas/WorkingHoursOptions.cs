namespace ItsmOrleans.Domain.Slas;

/// <summary>Configured working hours: the same stretch on each of the listed days ("Monday" … "Sunday").</summary>
public sealed class WorkingHoursOptions
{
    public List<DayOfWeek> Days { get; set; } = [];

    /// <summary>Local start, "09:00".</summary>
    public TimeOnly Start { get; set; }

    /// <summary>Local end, "17:00"; at or before the start means the next day.</summary>
    public TimeOnly End { get; set; }
}
