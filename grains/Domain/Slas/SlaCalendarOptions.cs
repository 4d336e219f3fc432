namespace ItsmOrleans.Domain.Slas;

/// <summary>One configured business calendar (Sla:Calendars:&lt;id&gt;).</summary>
public sealed class SlaCalendarOptions
{
    public string? Name { get; set; }

    /// <summary>An IANA time zone id; UTC when omitted.</summary>
    public string TimeZone { get; set; } = "UTC";

    public List<WorkingHoursOptions> Hours { get; set; } = [];

    public List<HolidayOptions> Holidays { get; set; } = [];
}
