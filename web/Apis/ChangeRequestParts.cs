using ItsmOrleans.Contracts.Changes;

namespace ItsmOrleans.Web.Apis;

/// <summary>A planned window as JSON: { "start": "…", "end": "…" } (ISO 8601 with offset).</summary>
public sealed record ChangeWindowRequest(DateTimeOffset? Start, DateTimeOffset? End);

/// <summary>The risk questionnaire as JSON.</summary>
public sealed record RiskAnswersRequest(string? Complexity, bool? TestedBeforehand, bool? BackoutTested, bool? OutageRequired, string? UsersAffected);

/// <summary>An alternative that was considered, and why it was rejected.</summary>
public sealed record AlternativeRequest(string? Description, string? WhyRejected);

/// <summary>Turns the nested parts of change requests into contract values, naming each missing or invalid field.</summary>
public static class ChangeRequestParts
{
    public static ChangeWindow? Window(FieldErrors errors, ChangeWindowRequest? window)
    {
        if (window is null)
        {
            return null;
        }

        if (window.Start is not { } start || window.End is not { } end)
        {
            errors.Add("window", "'window' needs both start and end.");
            return null;
        }

        return new ChangeWindow(start, end);
    }

    public static RiskAnswers? Answers(FieldErrors errors, RiskAnswersRequest? answers)
    {
        if (answers is null)
        {
            return null;
        }

        var complexity = EnumText.Parse<ChangeComplexity>(errors, "riskAnswers.complexity", answers.Complexity, required: true);
        var users = EnumText.Parse<UserReach>(errors, "riskAnswers.usersAffected", answers.UsersAffected, required: true);
        Required(errors, "riskAnswers.testedBeforehand", answers.TestedBeforehand);
        Required(errors, "riskAnswers.backoutTested", answers.BackoutTested);
        Required(errors, "riskAnswers.outageRequired", answers.OutageRequired);
        return complexity is { } c && users is { } u && answers is { TestedBeforehand: { } tested, BackoutTested: { } backout, OutageRequired: { } outage }
            ? new RiskAnswers(c, tested, backout, outage, u)
            : null;
    }

    public static IReadOnlyList<Alternative>? Alternatives(IReadOnlyList<AlternativeRequest?>? alternatives) =>
        alternatives?.Select(a => new Alternative(a?.Description ?? "", a?.WhyRejected ?? "")).ToList();

    private static void Required(FieldErrors errors, string field, bool? value)
    {
        if (value is null)
        {
            errors.Add(field, $"'{field}' is required (true or false).");
        }
    }
}
