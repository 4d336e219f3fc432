using ItsmOrleans.Contracts.Continuity;
using ItsmOrleans.Contracts.References;
using ItsmOrleans.Contracts.Validation;

namespace ItsmOrleans.Domain.Continuity;

/// <summary>Field rules of a continuity plan, and the people and services it names.</summary>
public static class PlanRules
{
    public const int Scenario = 4_000;
    public const int Criteria = 4_000;
    public const int MaxServices = 50;
    public const int MaxPeople = 20;
    public const int MaxContacts = 50;
    public const int MaxSteps = 100;
    public const int ShortText = 200;
    public const int Fallback = 2_000;
    public const int LongestExercisePolicy = 60;

    public static void Validate(PlanContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var errors = new FieldErrors();
        errors.Text("title", content.Title, TextLimits.Title, required: true);
        errors.Text("scenario", content.Scenario, Scenario, required: true);
        errors.Text("invocationCriteria", content.InvocationCriteria, Criteria, required: false);
        List(errors, "serviceIds", content.ServiceIds, MaxServices, TextLimits.Name, required: true);
        List(errors, "decisionMakers", content.DecisionMakers, MaxPeople, TextLimits.Name, required: false);
        Count(errors, "contacts", content.Contacts.Count, MaxContacts);
        for (var i = 0; i < content.Contacts.Count; i++)
        {
            errors.Text($"contacts[{i}].role", content.Contacts[i].Role, ShortText, required: true);
            errors.Text($"contacts[{i}].name", content.Contacts[i].Name, ShortText, required: true);
            errors.Text($"contacts[{i}].reach", content.Contacts[i].Reach, ShortText, required: false);
        }

        Count(errors, "steps", content.Steps.Count, MaxSteps);
        for (var i = 0; i < content.Steps.Count; i++)
        {
            errors.Text($"steps[{i}].title", content.Steps[i].Title, ShortText, required: true);
            errors.Text($"steps[{i}].owner", content.Steps[i].Owner, ShortText, required: true);
            if (content.Steps[i].ExpectedDuration <= TimeSpan.Zero || content.Steps[i].ExpectedDuration > RecoveryObjectiveRules.Longest)
            {
                errors.Add($"steps[{i}].expectedDuration", "A step is expected to take more than zero and at most 365 days.");
            }
        }

        if (content.Fallback is { } fallback)
        {
            errors.Text("fallback.description", fallback.Description, Fallback, required: true);
            errors.Text("fallback.vendorContractId", fallback.VendorContractId, TextLimits.Name, required: false);
        }

        if (content.ExerciseEveryMonths is < 1 or > LongestExercisePolicy)
        {
            errors.Add("exerciseEveryMonths", $"A plan is exercised every 1 to {LongestExercisePolicy} months.");
        }

        errors.ThrowIfAny();
    }

    public static void Validate(MovePlan command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var errors = new FieldErrors();
        errors.Defined("to", command.To);
        errors.Text("notes", command.Notes, TextLimits.Description, required: false);
        errors.ThrowIfAny();
    }

    public static IReadOnlyList<Reference> References(PlanContent content) =>
    [
        .. content.ServiceIds.Select((id, i) => Reference.Service($"serviceIds[{i}]", id)),
        .. content.DecisionMakers.Select((name, i) => Reference.Person($"decisionMakers[{i}]", name)),
    ];

    /// <summary>The plan as stored: text trimmed, each service and decision maker once.</summary>
    public static PlanContent Normalise(PlanContent content) => content with
    {
        Title = content.Title.Trim(),
        Scenario = content.Scenario.Trim(),
        InvocationCriteria = content.InvocationCriteria.Trim(),
        ServiceIds = [.. content.ServiceIds.Select(s => s.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)],
        DecisionMakers = [.. content.DecisionMakers.Select(s => s.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)],
        Contacts = [.. content.Contacts.Select(c => new PlanContact(c.Role.Trim(), c.Name.Trim(), string.IsNullOrWhiteSpace(c.Reach) ? null : c.Reach.Trim()))],
        Steps = [.. content.Steps.Select(s => s with { Title = s.Title.Trim(), Owner = s.Owner.Trim() })],
        Fallback = content.Fallback is { } f
            ? new FallbackArrangement(f.Description.Trim(), string.IsNullOrWhiteSpace(f.VendorContractId) ? null : f.VendorContractId.Trim())
            : null,
    };

    private static void List(FieldErrors errors, string field, IReadOnlyList<string> values, int max, int length, bool required)
    {
        if (required && values.Count == 0)
        {
            errors.Add(field, $"'{field}' needs at least one.");
        }

        Count(errors, field, values.Count, max);
        for (var i = 0; i < values.Count; i++)
        {
            errors.Text($"{field}[{i}]", values[i], length, required: true);
        }
    }

    private static void Count(FieldErrors errors, string field, int count, int max)
    {
        if (count > max)
        {
            errors.Add(field, $"At most {max}.");
        }
    }
}
