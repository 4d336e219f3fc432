using System.Globalization;
using ItsmOrleans.Contracts.References;
using ItsmOrleans.Contracts.ServiceRequests;
using ItsmOrleans.Contracts.Validation;
using ItsmOrleans.Domain.Services;

namespace ItsmOrleans.Domain.ServiceRequests;

/// <summary>The rules of the request catalogue: valid items, valid answers, who approves and when a request is decided.</summary>
public static class ServiceRequestRules
{
    public const int MaxFields = 30;
    public const int MaxTasks = 20;
    public const int MaxApprovers = 20;

    public static void Validate(CatalogItem item)
    {
        var errors = new FieldErrors();
        ServiceRules.ValidateId(errors, item.Id);
        errors.Text("name", item.Name, TextLimits.Title, required: true);
        errors.Text("description", item.Description, TextLimits.Description, required: false);
        errors.Text("category", item.Category, TextLimits.Name, required: false);
        errors.Text("fulfilmentGroup", item.FulfilmentGroup, TextLimits.Name, required: true);
        if (item.Fields.Count > MaxFields)
        {
            errors.Add("fields", $"At most {MaxFields} fields.");
        }

        for (var i = 0; i < item.Fields.Count && i < MaxFields; i++)
        {
            var field = item.Fields[i];
            var nameErrors = new FieldErrors();
            ServiceRules.ValidateId(nameErrors, field.Name);
            if (nameErrors.Any)
            {
                errors.Add($"fields[{i}].name", "A field name has lower-case letters, digits and dashes.");
            }

            errors.Text($"fields[{i}].label", field.Label, TextLimits.Title, required: true);
            errors.Defined($"fields[{i}].type", field.Type);
            if (field.Type == FieldType.Choice && field.Choices.Count == 0)
            {
                errors.Add($"fields[{i}].choices", "A choice field lists its choices.");
            }
        }

        if (item.Fields.GroupBy(f => f.Name).Any(g => g.Count() > 1))
        {
            errors.Add("fields", "Field names are unique.");
        }

        errors.Defined("approval.kind", item.Approval.Kind);
        if (item.Approval.Kind is ApprovalKind.Named or ApprovalKind.NOfM && (item.Approval.Approvers.Count is 0 or > MaxApprovers))
        {
            errors.Add("approval.approvers", $"Name 1 to {MaxApprovers} approvers.");
        }

        if (item.Approval.Kind == ApprovalKind.NOfM && (item.Approval.Required < 1 || item.Approval.Required > item.Approval.Approvers.Count))
        {
            errors.Add("approval.required", "N of M needs between 1 and the number of approvers.");
        }

        if (item.Tasks.Count is 0 or > MaxTasks)
        {
            errors.Add("tasks", $"An item has 1 to {MaxTasks} fulfilment tasks.");
        }

        for (var i = 0; i < item.Tasks.Count && i < MaxTasks; i++)
        {
            errors.Text($"tasks[{i}]", item.Tasks[i], TextLimits.Title, required: true);
        }

        errors.ThrowIfAny();
    }

    /// <summary>Checks the answers against the item's form: required answers present, types right, no unknown fields.</summary>
    public static void Validate(CatalogItem item, IReadOnlyDictionary<string, string> answers)
    {
        var errors = new FieldErrors();
        foreach (var key in answers.Keys.Where(k => !item.Fields.Any(f => f.Name == k)))
        {
            errors.Add($"answers.{key}", $"'{item.Name}' has no field '{key}'.");
        }

        foreach (var field in item.Fields)
        {
            var answer = answers.GetValueOrDefault(field.Name);
            var key = $"answers.{field.Name}";
            if (string.IsNullOrWhiteSpace(answer))
            {
                if (field.Required)
                {
                    errors.Add(key, $"'{field.Label}' is required.");
                }

                continue;
            }

            errors.Text(key, answer, TextLimits.Note, required: true);
            var valid = field.Type switch
            {
                FieldType.Number => decimal.TryParse(answer, NumberStyles.Number, CultureInfo.InvariantCulture, out _),
                FieldType.Choice => field.Choices.Contains(answer, StringComparer.Ordinal),
                FieldType.YesNo => answer is "yes" or "no",
                FieldType.Date => DateOnly.TryParseExact(answer, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
                _ => true,
            };
            if (!valid)
            {
                errors.Add(key, field.Type switch
                {
                    FieldType.Number => $"'{field.Label}' is a number.",
                    FieldType.Choice => $"'{field.Label}' is one of: {string.Join(", ", field.Choices)}.",
                    FieldType.YesNo => $"'{field.Label}' is yes or no.",
                    _ => $"'{field.Label}' is a date such as 2026-12-01.",
                });
            }
        }

        errors.ThrowIfAny();
    }

    /// <summary>Whom a request is for, who must exist (the catalogue item is looked up by the submission itself).</summary>
    public static IReadOnlyList<Reference> References(SubmitRequest command) => [Reference.Person("requestedFor", command.RequestedFor)];

    /// <summary>Who works a fulfilment task, who must exist.</summary>
    public static Reference TaskAssignee(string assignee) => Reference.Person("assignee", assignee);

    /// <summary>Who approves a request, and how many approvals it needs.</summary>
    /// <param name="managerApprover">The manager step's approver (the request grain decides it from the recorded manager), or null when the approving roles decide it.</param>
    public static (IReadOnlyList<string> Approvers, int Required) ApproversFor(ApprovalRule rule, string? managerApprover) => rule.Kind switch
    {
        ApprovalKind.None => ([], 0),
        ApprovalKind.Manager => (managerApprover is null ? [] : [managerApprover], 1),
        ApprovalKind.Named => (rule.Approvers, rule.Approvers.Count),
        _ => (rule.Approvers, rule.Required),
    };

    /// <summary>True once enough approvals are in, false at the first rejection, null while undecided.</summary>
    public static bool? Outcome(IReadOnlyList<ApprovalDecision> decisions, int required) =>
        decisions.Any(d => !d.Approved) ? false
        : decisions.Count(d => d.Approved) >= required ? true
        : null;
}
