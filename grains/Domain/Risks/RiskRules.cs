using ItsmOrleans.Contracts.Changes;
using ItsmOrleans.Contracts.References;
using ItsmOrleans.Contracts.Risks;
using ItsmOrleans.Contracts.Validation;

namespace ItsmOrleans.Domain.Risks;

/// <summary>Field rules of risk commands, and the rule that treatment never leaves a risk worse than it found it.</summary>
public static class RiskRules
{
    public const int Cause = 4_000;
    public const int MaxLinks = 50;
    public const int MaxControls = 50;
    public const int Control = 500;
    public const int MaxActions = 50;
    public const int MaxAlternatives = 20;
    public const int Alternative = 2_000;

    public static void Validate(RecordRisk command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var errors = new FieldErrors();
        errors.Text("title", command.Title, TextLimits.Title, required: true);
        errors.Defined("category", command.Category);
        errors.Text("owner", command.Owner, TextLimits.Name, required: true);
        errors.Text("description", command.Description, TextLimits.Description, required: false);
        errors.Text("cause", command.Cause, Cause, required: false);
        Links(errors, command.Links);
        Assessment(errors, "inherent", command.Inherent);
        errors.ThrowIfAny();
    }

    public static void Validate(UpdateRisk command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var errors = new FieldErrors();
        if (command.Title is not null)
        {
            errors.Text("title", command.Title, TextLimits.Title, required: true);
        }

        if (command.Owner is not null)
        {
            errors.Text("owner", command.Owner, TextLimits.Name, required: true);
        }

        if (command.Category is { } category)
        {
            errors.Defined("category", category);
        }

        if (command.Treatment is { } treatment)
        {
            errors.Defined("treatment", treatment);
        }

        errors.Text("description", command.Description, TextLimits.Description, required: false);
        errors.Text("cause", command.Cause, Cause, required: false);
        Links(errors, command.Links);
        Assessment(errors, "inherent", command.Inherent);
        Assessment(errors, "residual", command.Residual);
        Controls(errors, command.Controls);
        Actions(errors, command.Actions);
        Alternatives(errors, command.Alternatives);
        if (command == new UpdateRisk())
        {
            errors.Add("body", "Nothing to change: send at least one field.");
        }

        errors.ThrowIfAny();
    }

    public static void Validate(MoveRisk command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var errors = new FieldErrors();
        errors.Defined("to", command.To);
        errors.Text("notes", command.Notes, TextLimits.ResolutionNotes, required: false);
        errors.ThrowIfAny();
    }

    /// <summary>Treatment lowers a risk or leaves it as it is; a residual score above the inherent one is a mistake in one of them.</summary>
    public static void EnsureResidualWithinInherent(RiskRating? inherent, RiskRating? residual)
    {
        if (residual is null)
        {
            return;
        }

        var errors = new FieldErrors();
        if (inherent is null)
        {
            errors.Add("residual", "Score the inherent risk before the residual one.");
        }
        else if (residual.Score > inherent.Score)
        {
            errors.Add("residual", $"The residual score {residual.Score} is above the inherent score {inherent.Score}: treatment does not make a risk worse.");
        }

        errors.ThrowIfAny();
    }

    /// <summary>The owner, the services and the owners of actions a command names, which must exist.</summary>
    public static IReadOnlyList<Reference> References(string? owner, RiskLinks? links, IReadOnlyList<RiskAction>? actions) =>
    [
        Reference.Person("owner", owner),
        .. (links?.Services ?? []).Select((id, i) => Reference.Service($"links.serviceIds[{i}]", id)),
        .. (actions ?? []).Select((action, i) => Reference.Person($"actions[{i}].owner", action.Owner)),
    ];

    private static void Links(FieldErrors errors, RiskLinks? links)
    {
        if (links is null)
        {
            return;
        }

        Count(errors, "links.serviceIds", links.Services.Count, MaxLinks);
        Count(errors, "links.changeIds", links.Changes.Count, MaxLinks);
        Count(errors, "links.problemIds", links.Problems.Count, MaxLinks);
        Count(errors, "links.contractIds", links.Contracts.Count, MaxLinks);
        for (var i = 0; i < links.Services.Count; i++)
        {
            errors.Text($"links.serviceIds[{i}]", links.Services[i], TextLimits.Name, required: true);
        }

        for (var i = 0; i < links.Contracts.Count; i++)
        {
            errors.Text($"links.contractIds[{i}]", links.Contracts[i], TextLimits.Name, required: true);
        }
    }

    private static void Assessment(FieldErrors errors, string field, RiskRating? assessment)
    {
        if (assessment is null)
        {
            return;
        }

        if (!RiskScale.IsLevel(assessment.Impact))
        {
            errors.Add($"{field}.impact", $"Impact is a level from {RiskScale.Lowest} to {RiskScale.Highest}.");
        }

        if (!RiskScale.IsLevel(assessment.Likelihood))
        {
            errors.Add($"{field}.likelihood", $"Likelihood is a level from {RiskScale.Lowest} to {RiskScale.Highest}.");
        }
    }

    private static void Controls(FieldErrors errors, IReadOnlyList<string>? controls)
    {
        Count(errors, "controls", controls?.Count ?? 0, MaxControls);
        for (var i = 0; i < (controls?.Count ?? 0); i++)
        {
            errors.Text($"controls[{i}]", controls![i], Control, required: true);
        }
    }

    private static void Actions(FieldErrors errors, IReadOnlyList<RiskAction>? actions)
    {
        Count(errors, "actions", actions?.Count ?? 0, MaxActions);
        for (var i = 0; i < (actions?.Count ?? 0); i++)
        {
            errors.Text($"actions[{i}].description", actions![i].Description, Control, required: true);
            errors.Text($"actions[{i}].owner", actions[i].Owner, TextLimits.Name, required: true);
        }
    }

    private static void Alternatives(FieldErrors errors, IReadOnlyList<Alternative>? alternatives)
    {
        Count(errors, "alternatives", alternatives?.Count ?? 0, MaxAlternatives);
        for (var i = 0; i < (alternatives?.Count ?? 0); i++)
        {
            errors.Text($"alternatives[{i}].description", alternatives![i].Description, Alternative, required: true);
            errors.Text($"alternatives[{i}].whyRejected", alternatives[i].WhyRejected, Alternative, required: true);
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
