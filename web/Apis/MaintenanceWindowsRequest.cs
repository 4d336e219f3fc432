using ItsmOrleans.Contracts.Services;
using ItsmOrleans.Domain.Services;

namespace ItsmOrleans.Web.Apis;

/// <summary>A weekly window as JSON: { "day": "sunday", "start": "02:00", "duration": "04:00:00", "timeZone": "Europe/Paris" }.</summary>
public sealed record WeeklyWindowRequest(string? Day, string? Start, string? Duration, string? TimeZone);

/// <summary>A one-off window as JSON: { "start": "…", "end": "…", "reason": "…" }.</summary>
public sealed record OneOffWindowRequest(DateTimeOffset? Start, DateTimeOffset? End, string? Reason);

/// <summary>The body of PUT /api/services/{id}/maintenance-windows: the whole schedule, replacing the old one.</summary>
public sealed record MaintenanceWindowsRequest(
    IReadOnlyList<WeeklyWindowRequest?>? Weekly = null,
    IReadOnlyList<OneOffWindowRequest?>? OneOff = null,
    int? Version = null) : IVersionedRequest
{
    public MaintenanceSchedule ToSchedule()
    {
        var errors = new FieldErrors();
        var weekly = (Weekly ?? []).Select((w, i) => ToWeekly(errors, i, w)).ToList();
        var oneOff = (OneOff ?? []).Select((w, i) => ToOneOff(errors, i, w)).ToList();
        var schedule = new MaintenanceSchedule(weekly, oneOff);
        RequestValidation.ThrowIfInvalid(errors, () => ServiceRules.Validate(schedule));
        return schedule;
    }

    private static WeeklyMaintenanceWindow ToWeekly(FieldErrors errors, int i, WeeklyWindowRequest? window)
    {
        var field = $"weekly[{i}]";
        var day = EnumText.Parse<DayOfWeek>(errors, $"{field}.day", window?.Day, required: true) ?? DayOfWeek.Sunday;
        if (!TimeOnly.TryParseExact(window?.Start, ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var start))
        {
            errors.Add($"{field}.start", $"'{field}.start' is a local time such as \"02:00\".");
        }

        if (!TimeSpan.TryParse(window?.Duration, CultureInfo.InvariantCulture, out var duration))
        {
            errors.Add($"{field}.duration", $"'{field}.duration' is a duration such as \"04:00:00\".");
        }

        return new WeeklyMaintenanceWindow(day, start, duration, window?.TimeZone ?? "");
    }

    private static OneOffMaintenanceWindow ToOneOff(FieldErrors errors, int i, OneOffWindowRequest? window)
    {
        if (window?.Start is not { } start || window.End is not { } end)
        {
            errors.Add($"oneOff[{i}]", $"'oneOff[{i}]' needs a start and an end.");
            return new OneOffMaintenanceWindow(DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddHours(1), null);
        }

        return new OneOffMaintenanceWindow(start, end, window.Reason);
    }
}
