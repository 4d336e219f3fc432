using ItsmOrleans.Contracts.Changes;
using ItsmOrleans.Contracts.References;
using ItsmOrleans.Contracts.Validation;
using ItsmOrleans.Domain.Services;

namespace ItsmOrleans.Domain.Changes;

/// <summary>Field rules of change commands, templates and freezes.</summary>
public static class ChangeRules
{
    public static void Validate(CreateChange command)
    {
        var errors = new FieldErrors();
        errors.Defined("type", command.Type);
        errors.Text("title", command.Title, TextLimits.Title, required: true);
        errors.Text("description", command.Description, TextLimits.Description, required: false);
        errors.Text("templateId", command.TemplateId, TextLimits.Name, required: command.Type == ChangeType.Standard);
        if (command.Type != ChangeType.Standard && command.TemplateId is not null)
        {
            errors.Add("templateId", "Only standard changes follow a template.");
        }

        Details(errors, command.ServiceId, command.Impact, command.ImplementationPlan, command.BackoutPlan, command.TestPlan,
            command.Alternatives, command.Implementer, command.Window, command.RiskAnswers);
        errors.ThrowIfAny();
    }

    public static void Validate(UpdateChange command)
    {
        var errors = new FieldErrors();
        if (command.Title is not null)
        {
            errors.Text("title", command.Title, TextLimits.Title, required: true);
        }

        errors.Text("description", command.Description, TextLimits.Description, required: false);
        Details(errors, command.ServiceId, command.Impact, command.ImplementationPlan, command.BackoutPlan, command.TestPlan,
            command.Alternatives, command.Implementer, command.Window, command.RiskAnswers);
        if (command == new UpdateChange())
        {
            errors.Add("body", "Nothing to change: send at least one field.");
        }

        errors.ThrowIfAny();
    }

    /// <summary>The service and implementer a change names, which must exist.</summary>
    public static IReadOnlyList<Reference> References(CreateChange command) =>
        [Reference.Service("serviceId", command.ServiceId), Reference.Person("implementer", command.Implementer)];

    public static IReadOnlyList<Reference> References(UpdateChange command) =>
        [Reference.Service("serviceId", command.ServiceId), Reference.Person("implementer", command.Implementer)];

    public static void Validate(MoveChange command)
    {
        var errors = new FieldErrors();
        errors.Defined("to", command.To);
        if (command.Outcome is { } outcome)
        {
            errors.Defined("outcome", outcome);
        }

        errors.Text("notes", command.Notes, TextLimits.ResolutionNotes, required: false);
        errors.Text("overrideReason", command.OverrideReason, TextLimits.Note, required: false);
        errors.ThrowIfAny();
    }

    public static void Validate(VoteOnChange command)
    {
        var errors = new FieldErrors();
        errors.Defined("vote", command.Vote);
        errors.Text("comment", command.Comment, TextLimits.Note, required: false);
        errors.ThrowIfAny();
    }

    public static void Validate(ChangeTemplate template)
    {
        var errors = new FieldErrors();
        ServiceRules.ValidateId(errors, template.Id);
        errors.Text("name", template.Name, TextLimits.Title, required: true);
        errors.Text("description", template.Description, TextLimits.Description, required: false);
        errors.Text("implementationPlan", template.ImplementationPlan, ChangeLimits.Plan, required: true);
        errors.Text("backoutPlan", template.BackoutPlan, ChangeLimits.Plan, required: true);
        ServiceIds(errors, template.ServiceIds);
        if (template.MaxDuration <= TimeSpan.Zero || template.MaxDuration > ChangeLimits.LongestWindow)
        {
            errors.Add("maxDuration", $"'maxDuration' is positive and at most {ChangeLimits.LongestWindow.TotalDays} days.");
        }

        errors.ThrowIfAny();
    }

    public static void Validate(FreezePeriod freeze)
    {
        var errors = new FieldErrors();
        ServiceRules.ValidateId(errors, freeze.Id);
        errors.Text("name", freeze.Name, TextLimits.Title, required: true);
        errors.Text("reason", freeze.Reason, TextLimits.Note, required: false);
        ServiceIds(errors, freeze.ServiceIds);
        Period(errors, "start", freeze.Start, freeze.End, ChangeLimits.LongestFreeze);
        errors.ThrowIfAny();
    }

    private static void Details(
        FieldErrors errors, string? serviceId, string? impact, string? implementationPlan, string? backoutPlan, string? testPlan,
        IReadOnlyList<Alternative>? alternatives, string? implementer, ChangeWindow? window, RiskAnswers? answers)
    {
        if (serviceId is not null)
        {
            var serviceErrors = new FieldErrors();
            ServiceRules.ValidateId(serviceErrors, serviceId);
            if (serviceErrors.Any)
            {
                errors.Add("serviceId", "'serviceId' is a service id: lower-case letters, digits and dashes.");
            }
        }

        errors.Text("impact", impact, ChangeLimits.Plan, required: false);
        errors.Text("implementationPlan", implementationPlan, ChangeLimits.Plan, required: false);
        errors.Text("backoutPlan", backoutPlan, ChangeLimits.Plan, required: false);
        errors.Text("testPlan", testPlan, ChangeLimits.Plan, required: false);
        errors.Text("implementer", implementer, TextLimits.Name, required: false);
        if (alternatives is not null)
        {
            if (alternatives.Count > ChangeLimits.Alternatives)
            {
                errors.Add("alternatives", $"At most {ChangeLimits.Alternatives} alternatives.");
            }

            for (var i = 0; i < alternatives.Count && i < ChangeLimits.Alternatives; i++)
            {
                if (alternatives[i] is null)
                {
                    errors.Add($"alternatives[{i}]", "An alternative has a description and why it was rejected.");
                    continue;
                }

                errors.Text($"alternatives[{i}].description", alternatives[i].Description, ChangeLimits.AlternativeText, required: true);
                errors.Text($"alternatives[{i}].whyRejected", alternatives[i].WhyRejected, ChangeLimits.AlternativeText, required: true);
            }
        }

        if (window is not null)
        {
            Period(errors, "window", window.Start, window.End, ChangeLimits.LongestWindow);
        }

        if (answers is not null)
        {
            errors.Defined("riskAnswers.complexity", answers.Complexity);
            errors.Defined("riskAnswers.usersAffected", answers.UsersAffected);
        }
    }

    private static void Period(FieldErrors errors, string field, DateTimeOffset start, DateTimeOffset end, TimeSpan longest)
    {
        if (start < ChangeLimits.EarliestDate || end > ChangeLimits.LatestDate)
        {
            errors.Add(field, $"'{field}' lies between {ChangeLimits.EarliestDate:yyyy} and {ChangeLimits.LatestDate:yyyy}.");
        }
        else if (end <= start)
        {
            errors.Add(field, $"'{field}' ends after it starts.");
        }
        else if (end - start > longest)
        {
            errors.Add(field, $"'{field}' lasts at most {longest.TotalDays} days.");
        }
    }

    private static void ServiceIds(FieldErrors errors, IReadOnlyList<string>? ids)
    {
        if (ids is null)
        {
            errors.Add("serviceIds", "'serviceIds' is a list (empty for every service).");
            return;
        }

        foreach (var id in ids)
        {
            var idErrors = new FieldErrors();
            ServiceRules.ValidateId(idErrors, id);
            if (idErrors.Any)
            {
                errors.Add("serviceIds", $"'{id}' is not a service id.");
            }
        }
    }
}
