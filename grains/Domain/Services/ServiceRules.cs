using ItsmOrleans.Contracts.Services;
using ItsmOrleans.Contracts.Validation;
using ItsmOrleans.Domain.Validation;

namespace ItsmOrleans.Domain.Services;

/// <summary>Field rules of services.</summary>
public static class ServiceRules
{
    public const int MaxIdLength = 64;

    /// <summary>Service ids are short and stable: lower-case letters, digits and dashes (they appear in incidents and URLs).</summary>
    public static void ValidateId(FieldErrors errors, string? id)
    {
        errors.Text("id", id, MaxIdLength, required: true);
        if (id is not null && (id.Length == 0 || id.Any(c => !(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')) || id.StartsWith('-')))
        {
            errors.Add("id", "A service id has lower-case letters, digits and dashes, e.g. \"email\" or \"crm-db\".");
        }
        else if (id is not null && StorageKeyRules.SharesStorageWithAnother(id))
        {
            errors.Add("id", $"An id made only of digits and the letters a to f cannot start with 0: \"{id}\" would share its saved record with \"{StorageKeyRules.WithoutLeadingZeros(id)}\".");
        }
    }

    public static void Validate(DefineService definition)
    {
        var errors = new FieldErrors();
        errors.Text("name", definition.Name, TextLimits.Title, required: true);
        errors.Text("description", definition.Description, TextLimits.Description, required: false);
        errors.Text("owner", definition.Owner, TextLimits.Name, required: false);
        errors.Text("supportGroup", definition.SupportGroup, TextLimits.Name, required: false);
        errors.Text("slaPolicy", definition.SlaPolicyId, TextLimits.Name, required: false);
        errors.Text("escalationPolicy", definition.EscalationPolicyId, TextLimits.Name, required: false);
        if (!Enum.IsDefined(definition.Kind))
        {
            errors.Add("kind", "'kind' is business or technical.");
        }

        if (definition.Criticality is < 1 or > 4)
        {
            errors.Add("criticality", "'criticality' is a tier from 1 (most critical) to 4.");
        }

        errors.ThrowIfAny();
    }

    public const int MaxWeeklyWindows = 50;
    public const int MaxOneOffWindows = 200;
    public static readonly TimeSpan LongestMaintenance = TimeSpan.FromDays(7);
    public static readonly TimeSpan LongestOneOff = TimeSpan.FromDays(31);

    public static void Validate(MaintenanceSchedule schedule)
    {
        var errors = new FieldErrors();
        if (schedule.Weekly.Count > MaxWeeklyWindows)
        {
            errors.Add("weekly", $"At most {MaxWeeklyWindows} weekly windows.");
        }

        if (schedule.OneOff.Count > MaxOneOffWindows)
        {
            errors.Add("oneOff", $"At most {MaxOneOffWindows} one-off windows.");
        }

        for (var i = 0; i < schedule.Weekly.Count && i < MaxWeeklyWindows; i++)
        {
            var window = schedule.Weekly[i];
            errors.Defined($"weekly[{i}].day", window.Day);
            if (window.Duration <= TimeSpan.Zero || window.Duration > LongestMaintenance)
            {
                errors.Add($"weekly[{i}].duration", $"A weekly window lasts more than nothing and at most {LongestMaintenance.TotalDays} days.");
            }

            if (string.IsNullOrWhiteSpace(window.TimeZone) || NodaTime.DateTimeZoneProviders.Tzdb.GetZoneOrNull(window.TimeZone) is null)
            {
                errors.Add($"weekly[{i}].timeZone", $"'{window.TimeZone}' is not an IANA time zone such as \"Europe/Paris\" or \"UTC\".");
            }
        }

        for (var i = 0; i < schedule.OneOff.Count && i < MaxOneOffWindows; i++)
        {
            var window = schedule.OneOff[i];
            if (window.End <= window.Start || window.End - window.Start > LongestOneOff)
            {
                errors.Add($"oneOff[{i}].end", $"A one-off window ends after it starts, at most {LongestOneOff.TotalDays} days later.");
            }

            errors.Text($"oneOff[{i}].reason", window.Reason, TextLimits.Note, required: false);
        }

        errors.ThrowIfAny();
    }
}
