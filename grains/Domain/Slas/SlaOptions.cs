using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Slas;

namespace ItsmOrleans.Domain.Slas;

/// <summary>Bound from the "Sla" configuration section. Configured policies are added to the built-in "standard" one.</summary>
public sealed class SlaOptions
{
    public const string Section = "Sla";

    public const string StandardPolicyId = "standard";

    public const string BusinessHoursCalendarId = "business-hours";

    public const string ServiceRequestPolicyId = "service-request";

    public string DefaultPolicy { get; set; } = StandardPolicyId;

    public Dictionary<string, SlaPolicyOptions> Policies { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, SlaCalendarOptions> Calendars { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The time zone of the built-in "business-hours" calendar (Monday to Friday, 09:00 to 17:00).</summary>
    public string BusinessTimeZone { get; set; } = "UTC";

    /// <summary>The ITIL-style defaults, around the clock.</summary>
    public static SlaPolicy Standard { get; } = new(StandardPolicyId, "Standard (24×7)", new Dictionary<Priority, SlaTargets>
    {
        [Priority.P1] = new(TimeSpan.FromMinutes(15), TimeSpan.FromHours(4)),
        [Priority.P2] = new(TimeSpan.FromMinutes(30), TimeSpan.FromHours(8)),
        [Priority.P3] = new(TimeSpan.FromHours(4), TimeSpan.FromDays(3)),
        [Priority.P4] = new(TimeSpan.FromDays(1), TimeSpan.FromDays(5)),
        [Priority.P5] = new(TimeSpan.FromDays(2), TimeSpan.FromDays(10)),
    });
}
