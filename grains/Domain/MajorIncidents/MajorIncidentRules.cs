using ItsmOrleans.Contracts.MajorIncidents;
using ItsmOrleans.Contracts.References;
using ItsmOrleans.Contracts.Validation;

namespace ItsmOrleans.Domain.MajorIncidents;

/// <summary>Field rules of major-incident commands.</summary>
public static class MajorIncidentRules
{
    public const int MaxChildren = 200;
    public const int MaxActions = 50;
    public static readonly TimeSpan LongestCadence = TimeSpan.FromHours(24);

    public static void Validate(PromoteIncidents command, MajorIncidentOptions options)
    {
        var errors = new FieldErrors();
        errors.Text("title", command.Title, TextLimits.Title, required: true);
        errors.Text("commander", command.Commander, TextLimits.Name, required: true);
        errors.Text("overrideReason", command.OverrideReason, TextLimits.Note, required: false);
        if (command.PrimaryIncidentId == Guid.Empty)
        {
            errors.Add("primaryIncidentId", "Name the incident to promote.");
        }

        if (command.RelatedIncidentIds.Count + 1 > MaxChildren)
        {
            errors.Add("relatedIncidentIds", $"At most {MaxChildren} incidents in one major incident.");
        }

        if (command.UpdateCadence is { } cadence)
        {
            Cadence(errors, cadence, options);
        }

        errors.ThrowIfAny();
    }

    /// <summary>The commander, who must exist.</summary>
    public static IReadOnlyList<Reference> References(PromoteIncidents command) => [Commander(command.Commander)];

    public static Reference Commander(string commander) => Reference.Person("commander", commander);

    public static void ValidateCadence(TimeSpan cadence, MajorIncidentOptions options)
    {
        var errors = new FieldErrors();
        Cadence(errors, cadence, options);
        errors.ThrowIfAny();
    }

    public static void ValidateText(string field, string? text, int maxLength)
    {
        var errors = new FieldErrors();
        errors.Text(field, text, maxLength, required: true);
        errors.ThrowIfAny();
    }

    public static void Validate(MoveMajorIncident command)
    {
        var errors = new FieldErrors();
        errors.Defined("to", command.To);
        errors.Text("note", command.Note, TextLimits.Note, required: false);
        errors.ThrowIfAny();
    }

    public static void Validate(PostIncidentReview review)
    {
        var errors = new FieldErrors();
        errors.Text("summary", review.Summary, TextLimits.Description, required: true);
        errors.Text("rootCause", review.RootCause, TextLimits.Description, required: true);
        errors.Text("impact", review.Impact, TextLimits.Description, required: true);
        errors.Text("whatWentWell", review.WhatWentWell, TextLimits.Description, required: false);
        errors.Text("whatToImprove", review.WhatToImprove, TextLimits.Description, required: false);
        if (review.Actions.Count > MaxActions)
        {
            errors.Add("actions", $"At most {MaxActions} follow-up actions.");
        }

        for (var i = 0; i < review.Actions.Count && i < MaxActions; i++)
        {
            errors.Text($"actions[{i}].description", review.Actions[i].Description, TextLimits.Note, required: true);
            errors.Text($"actions[{i}].owner", review.Actions[i].Owner, TextLimits.Name, required: true);
        }

        errors.ThrowIfAny();
    }

    private static void Cadence(FieldErrors errors, TimeSpan cadence, MajorIncidentOptions options)
    {
        if (cadence < options.MinimumCadence || cadence > LongestCadence)
        {
            errors.Add("updateCadence", $"The update cadence is between {options.MinimumCadence} and {LongestCadence}.");
        }
    }
}
