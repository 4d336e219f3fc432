using ItsmOrleans.Contracts.Escalations;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Slas;
using ItsmOrleans.Domain.Escalations;

namespace ItsmOrleans.Web.Apis;

/// <summary>One target of a level: { "kind": "user" | "group" | "schedule", "id": "…" }.</summary>
public sealed record EscalationTargetRequest(string? Kind, string? Id);

/// <summary>One level: its targets and how long it waits ("00:10:00") before the next.</summary>
public sealed record EscalationLevelRequest(IReadOnlyList<EscalationTargetRequest?>? Targets, TimeSpan? EscalateAfter);

/// <summary>The body of PUT /api/escalation-policies/{id}.</summary>
public sealed record EscalationPolicyRequest(
    string? Name,
    IReadOnlyList<EscalationLevelRequest?>? Levels,
    int? Repeats = null,
    string? MinimumPriority = null,
    int? Version = null) : IVersionedRequest
{
    public DefineEscalationPolicy ToCommand(FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var levels = (Levels ?? []).Select((level, i) => new EscalationLevel(
            [.. (level?.Targets ?? []).Select((target, t) => new EscalationTarget(
                EnumText.Parse<EscalationTargetKind>(errors, $"levels[{i}].targets[{t}].kind", target?.Kind, required: true) ?? EscalationTargetKind.User,
                target?.Id?.Trim() ?? ""))],
            level?.EscalateAfter ?? TimeSpan.Zero)).ToList();
        var minimum = EnumText.Parse<Priority>(errors, "minimumPriority", MinimumPriority, required: false) ?? Priority.P2;
        return new DefineEscalationPolicy(Name ?? "", levels, Repeats ?? 0, minimum);
    }

    /// <summary>The command for policy <paramref name="id"/>, every problem of the request named at once.</summary>
    public DefineEscalationPolicy ToCommand(string id, TimeSpan minimumDelay)
    {
        var errors = new FieldErrors();
        var command = ToCommand(errors);
        RequestValidation.ThrowIfInvalid(errors, () => EscalationRules.Validate(id, command, minimumDelay));
        return command;
    }
}

/// <summary>A stretch a layer is restricted to: { "day": "monday", "start": "09:00", "end": "17:00" } in the schedule's time zone.</summary>
public sealed record RestrictionRequest(string? Day, string? Start, string? End);

/// <summary>A layer: users taking turns of <c>turnLength</c> from <c>start</c> (local time, no offset: "2026-12-07T09:00").</summary>
public sealed record OnCallLayerRequest(string? Name, IReadOnlyList<string>? Users, string? Start, TimeSpan? TurnLength, IReadOnlyList<RestrictionRequest?>? Restrictions = null);

/// <summary>The body of PUT /api/on-call-schedules/{id}.</summary>
public sealed record OnCallScheduleRequest(string? Name, string? TimeZone, IReadOnlyList<OnCallLayerRequest?>? Layers, int? Version = null) : IVersionedRequest
{
    private static readonly string[] LocalTimes = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss"];
    private static readonly string[] TimesOfDay = ["HH:mm", "HH:mm:ss"];

    public DefineOnCallSchedule ToCommand(FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var layers = (Layers ?? []).Select((layer, i) =>
        {
            if (!DateTime.TryParseExact(layer?.Start, LocalTimes, CultureInfo.InvariantCulture, DateTimeStyles.None, out var start))
            {
                errors.Add($"layers[{i}].start", $"'layers[{i}].start' is a local date and time without an offset, such as \"2026-12-07T09:00\".");
            }

            var restrictions = (layer?.Restrictions ?? []).Select((r, j) => Restriction(errors, $"layers[{i}].restrictions[{j}]", r)).ToList();
            return new OnCallLayer(layer?.Name ?? "", [.. (layer?.Users ?? []).Select(u => u?.Trim() ?? "")], start, layer?.TurnLength ?? TimeSpan.Zero,
                restrictions.Count == 0 ? null : restrictions);
        }).ToList();
        return new DefineOnCallSchedule(Name ?? "", TimeZone ?? "", layers);
    }

    /// <summary>The command for schedule <paramref name="id"/>, every problem of the request named at once.</summary>
    public DefineOnCallSchedule ToCommand(string id)
    {
        var errors = new FieldErrors();
        var command = ToCommand(errors);
        RequestValidation.ThrowIfInvalid(errors, () => EscalationRules.Validate(id, command));
        return command;
    }

    private static WorkingHours Restriction(FieldErrors errors, string field, RestrictionRequest? request)
    {
        var day = EnumText.Parse<DayOfWeek>(errors, $"{field}.day", request?.Day, required: true) ?? DayOfWeek.Monday;
        if (!TimeOnly.TryParseExact(request?.Start, TimesOfDay, CultureInfo.InvariantCulture, DateTimeStyles.None, out var start))
        {
            errors.Add($"{field}.start", $"'{field}.start' is a local time such as \"09:00\".");
        }

        if (!TimeOnly.TryParseExact(request?.End, TimesOfDay, CultureInfo.InvariantCulture, DateTimeStyles.None, out var end))
        {
            errors.Add($"{field}.end", $"'{field}.end' is a local time such as \"17:00\" (at or before the start: the next day).");
        }

        return new WorkingHours(day, start, end);
    }
}

/// <summary>The body of POST /api/on-call-schedules/{id}/overrides.</summary>
public sealed record OnCallOverrideRequest(string? User, DateTimeOffset? Start, DateTimeOffset? End, int? Version = null) : IVersionedRequest;
