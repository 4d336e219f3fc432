using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Slas;
using ItsmOrleans.Domain.Slas;
using Microsoft.Extensions.Options;

namespace ItsmOrleans.Grains.Slas;

/// <summary>
/// The built-in standard policy and business-hours calendar plus those from configuration, checked once at start:
/// a bad calendar or policy stops the host with every problem named.
/// </summary>
public sealed class ConfiguredSlaPolicyCatalog : ISlaPolicyCatalog
{
    public static readonly TimeSpan LongestTarget = TimeSpan.FromDays(366);

    private readonly Dictionary<string, SlaPolicy> _policies = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, BusinessCalendar> _calendars = new(StringComparer.OrdinalIgnoreCase);

    public ConfiguredSlaPolicyCatalog(IOptions<SlaOptions> options)
    {
        var settings = options.Value;
        var errors = new List<string>();
        _calendars[SlaOptions.BusinessHoursCalendarId] = Check(BusinessHours(settings.BusinessTimeZone), "Sla:BusinessTimeZone", errors);
        foreach (var (id, calendar) in settings.Calendars)
        {
            _calendars[id] = Check(Build(id, calendar), $"Sla:Calendars:{id}", errors);
        }

        _policies[SlaOptions.StandardPolicyId] = SlaOptions.Standard;

        // Requests: respond within one business day (8 hours), fulfil within five, at every priority.
        _policies[SlaOptions.ServiceRequestPolicyId] = new SlaPolicy(
            SlaOptions.ServiceRequestPolicyId,
            "Service requests (business days)",
            Enum.GetValues<Priority>().ToDictionary(p => p, _ => new SlaTargets(TimeSpan.FromHours(8), TimeSpan.FromHours(40))),
            _calendars[SlaOptions.BusinessHoursCalendarId]);
        foreach (var (id, policy) in settings.Policies)
        {
            _policies[id] = Build(id, policy, errors);
        }

        if (!_policies.TryGetValue(settings.DefaultPolicy, out var defaultPolicy))
        {
            errors.Add($"Sla:DefaultPolicy '{settings.DefaultPolicy}' is not a configured policy.");
        }

        if (errors.Count > 0)
        {
            throw new OptionsValidationException(SlaOptions.Section, typeof(SlaOptions), errors);
        }

        DefaultPolicyId = defaultPolicy!.Id;
    }

    public string DefaultPolicyId { get; }

    public IReadOnlyList<SlaPolicy> Policies => [.. _policies.Values.OrderBy(p => p.Id, StringComparer.Ordinal)];

    public IReadOnlyList<BusinessCalendar> Calendars => [.. _calendars.Values.OrderBy(c => c.Id, StringComparer.Ordinal)];

    public SlaPolicy? Find(string id) => _policies.GetValueOrDefault(id);

    /// <summary>Monday to Friday, 09:00 to 17:00.</summary>
    public static BusinessCalendar BusinessHours(string timeZone) => new(
        SlaOptions.BusinessHoursCalendarId,
        "Business hours (Mon–Fri 09:00–17:00)",
        timeZone,
        [.. new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }
            .Select(day => new WorkingHours(day, new TimeOnly(9, 0), new TimeOnly(17, 0)))],
        []);

    private static BusinessCalendar Build(string id, SlaCalendarOptions calendar) => new(
        id,
        calendar.Name ?? id,
        calendar.TimeZone,
        [.. calendar.Hours.SelectMany(h => h.Days.Select(day => new WorkingHours(day, h.Start, h.End)))],
        [.. calendar.Holidays.Select(h => new Holiday(h.Date, h.Name, h.Yearly))]);

    private const long MaxWeeksOfWorkingTime = 9 * 52;

    private static TimeSpan WeeklyWorkingTime(BusinessCalendar calendar) =>
        TimeSpan.FromTicks(calendar.Hours.Sum(h => (h.End <= h.Start ? h.End.ToTimeSpan() + TimeSpan.FromDays(1) : h.End.ToTimeSpan()).Ticks - h.Start.ToTimeSpan().Ticks));

    private static BusinessCalendar Check(BusinessCalendar calendar, string key, List<string> errors)
    {
        errors.AddRange(BusinessCalendarRules.Problems(calendar).Select(p => $"{key}: {p.Message}"));
        return calendar;
    }

    private SlaPolicy Build(string id, SlaPolicyOptions policy, List<string> errors)
    {
        var targets = new Dictionary<Priority, SlaTargets>();
        foreach (var priority in Enum.GetValues<Priority>())
        {
            if (!policy.Targets.TryGetValue(priority, out var target))
            {
                errors.Add($"Sla:Policies:{id}:Targets:{priority} is missing.");
            }
            else if (target.Response <= TimeSpan.Zero || target.Resolution <= TimeSpan.Zero)
            {
                errors.Add($"Sla:Policies:{id}:Targets:{priority} needs positive Response and Resolution times.");
            }
            else if (target.Response > LongestTarget || target.Resolution > LongestTarget)
            {
                errors.Add($"Sla:Policies:{id}:Targets:{priority} is longer than {LongestTarget.TotalDays} days.");
            }
            else
            {
                targets[priority] = new SlaTargets(target.Response, target.Resolution);
            }
        }

        BusinessCalendar? calendar = null;
        if (policy.Calendar is { } calendarId && !_calendars.TryGetValue(calendarId, out calendar))
        {
            errors.Add($"Sla:Policies:{id}:Calendar '{calendarId}' is not a calendar; configure it under Sla:Calendars.");
        }

        if (calendar is not null && WeeklyWorkingTime(calendar) is var weekly && weekly > TimeSpan.Zero
            && targets.Values.Any(t => t.Resolution.Ticks / weekly.Ticks > MaxWeeksOfWorkingTime))
        {
            errors.Add($"Sla:Policies:{id}: a target needs more than {MaxWeeksOfWorkingTime / 52} years of '{calendar.Id}' working hours.");
        }

        return new SlaPolicy(id, policy.Name ?? id, targets, calendar, policy.IntegrationAssignmentResponds);
    }
}
