using ItsmOrleans.Contracts.Escalations;
using ItsmOrleans.Contracts.Validation;
using ItsmOrleans.Domain.Services;

namespace ItsmOrleans.Domain.Escalations;

/// <summary>Field rules of escalation policies, on-call schedules and overrides.</summary>
public static class EscalationRules
{
    public const int MaxLevels = 10;
    public const int MaxTargets = 10;
    public const int MaxRepeats = 9;
    public const int MaxLayers = 10;
    public const int MaxUsers = 50;
    public const int MaxOverrides = 200;
    public static readonly TimeSpan MaxDelay = TimeSpan.FromDays(1);
    public static readonly TimeSpan MinTurn = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan MaxTurn = TimeSpan.FromDays(90);
    public static readonly TimeSpan MaxOverride = TimeSpan.FromDays(90);

    /// <summary>Policy and schedule ids look like service ids: lower-case letters, digits and dashes.</summary>
    public static void ValidateId(FieldErrors errors, string id) => ServiceRules.ValidateId(errors, id);

    public static void Validate(string id, DefineEscalationPolicy policy, TimeSpan minimumDelay)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var errors = new FieldErrors();
        ValidateId(errors, id);
        errors.Text("name", policy.Name, TextLimits.Title, required: true);
        errors.Defined("minimumPriority", policy.MinimumPriority);
        if (policy.Repeats is < 0 or > MaxRepeats)
        {
            errors.Add("repeats", $"'repeats' is from 0 to {MaxRepeats}.");
        }

        if (policy.Levels is not { Count: > 0 and <= MaxLevels })
        {
            errors.Add("levels", $"A policy has 1 to {MaxLevels} levels.");
        }

        for (var i = 0; i < (policy.Levels?.Count ?? 0); i++)
        {
            var level = policy.Levels![i];
            if (level.EscalateAfter < minimumDelay || level.EscalateAfter > MaxDelay)
            {
                errors.Add($"levels[{i}].escalateAfter", $"A level waits from {minimumDelay} to {MaxDelay} before the next one.");
            }

            if (level.Targets is not { Count: > 0 and <= MaxTargets })
            {
                errors.Add($"levels[{i}].targets", $"A level notifies 1 to {MaxTargets} targets.");
                continue;
            }

            for (var t = 0; t < level.Targets.Count; t++)
            {
                errors.Defined($"levels[{i}].targets[{t}].kind", level.Targets[t].Kind);
                errors.Text($"levels[{i}].targets[{t}].id", level.Targets[t].Id, TextLimits.Name, required: true);
            }
        }

        errors.ThrowIfAny();
    }

    public static void Validate(string id, DefineOnCallSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var errors = new FieldErrors();
        ValidateId(errors, id);
        errors.Text("name", schedule.Name, TextLimits.Title, required: true);
        if (string.IsNullOrWhiteSpace(schedule.TimeZone) || NodaTime.DateTimeZoneProviders.Tzdb.GetZoneOrNull(schedule.TimeZone) is null)
        {
            errors.Add("timeZone", $"'{schedule.TimeZone}' is not an IANA time zone such as \"Europe/Paris\".");
        }

        if (schedule.Layers is not { Count: > 0 and <= MaxLayers })
        {
            errors.Add("layers", $"A schedule has 1 to {MaxLayers} layers.");
        }

        for (var i = 0; i < (schedule.Layers?.Count ?? 0); i++)
        {
            var layer = schedule.Layers![i];
            errors.Text($"layers[{i}].name", layer.Name, TextLimits.Name, required: true);
            if (layer.Users is not { Count: > 0 and <= MaxUsers })
            {
                errors.Add($"layers[{i}].users", $"A layer rotates 1 to {MaxUsers} users.");
            }
            else
            {
                for (var u = 0; u < layer.Users.Count; u++)
                {
                    errors.Text($"layers[{i}].users[{u}]", layer.Users[u], TextLimits.Name, required: true);
                }
            }

            if (layer.TurnLength < MinTurn || layer.TurnLength > MaxTurn)
            {
                errors.Add($"layers[{i}].turnLength", $"A turn lasts from {MinTurn} to {MaxTurn}.");
            }

            foreach (var (hours, r) in (layer.Restrictions ?? []).Select((h, r) => (h, r)))
            {
                errors.Defined($"layers[{i}].restrictions[{r}].day", hours.Day);
            }
        }

        errors.ThrowIfAny();
    }

    public static void ValidateOverride(string user, DateTimeOffset start, DateTimeOffset end)
    {
        var errors = new FieldErrors();
        errors.Text("user", user, TextLimits.Name, required: true);
        if (end <= start)
        {
            errors.Add("end", "An override ends after it starts.");
        }
        else if (end - start > MaxOverride)
        {
            errors.Add("end", $"An override lasts at most {MaxOverride.TotalDays} days.");
        }

        errors.ThrowIfAny();
    }
}
