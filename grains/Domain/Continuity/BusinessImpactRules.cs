using ItsmOrleans.Contracts.Continuity;
using ItsmOrleans.Contracts.Validation;

namespace ItsmOrleans.Domain.Continuity;

/// <summary>
/// Field rules of a business impact analysis: valid recovery objectives, harm steps after a positive time within a year
/// (one per time and kind), and named vital business functions, each once.
/// </summary>
public static class BusinessImpactRules
{
    public const int MaxImpacts = 20;
    public const int MaxFunctions = 20;
    public const int FunctionLength = 120;
    public const int DescriptionLength = 500;

    public static void Validate(BusinessImpact impact)
    {
        ArgumentNullException.ThrowIfNull(impact);
        var errors = new FieldErrors();
        RecoveryObjectiveRules.Validate(errors, "objectives", impact.Objectives);

        if (impact.ImpactOverTime.Count > MaxImpacts)
        {
            errors.Add("impactOverTime", $"At most {MaxImpacts} steps.");
        }

        for (var i = 0; i < impact.ImpactOverTime.Count; i++)
        {
            var step = impact.ImpactOverTime[i];
            if (step.After <= TimeSpan.Zero || step.After > RecoveryObjectiveRules.Longest)
            {
                errors.Add($"impactOverTime[{i}].after", "The time into the outage is more than zero and at most 365 days.");
            }

            if (!Enum.IsDefined(step.Kind))
            {
                errors.Add($"impactOverTime[{i}].kind", "Unknown kind of impact.");
            }

            errors.Text($"impactOverTime[{i}].description", step.Description, DescriptionLength, required: true);
            if (impact.ImpactOverTime.Take(i).Any(earlier => earlier.After == step.After && earlier.Kind == step.Kind))
            {
                errors.Add($"impactOverTime[{i}]", "This kind of impact is already described at this time into the outage.");
            }
        }

        if (impact.VitalBusinessFunctions.Count > MaxFunctions)
        {
            errors.Add("vitalBusinessFunctions", $"At most {MaxFunctions} functions.");
        }

        for (var i = 0; i < impact.VitalBusinessFunctions.Count; i++)
        {
            var function = impact.VitalBusinessFunctions[i];
            errors.Text($"vitalBusinessFunctions[{i}]", function, FunctionLength, required: true);
            if (impact.VitalBusinessFunctions.Take(i).Any(earlier => string.Equals(earlier.Trim(), function?.Trim(), StringComparison.OrdinalIgnoreCase)))
            {
                errors.Add($"vitalBusinessFunctions[{i}]", "This function is already listed.");
            }
        }

        errors.ThrowIfAny();
    }

    /// <summary>The analysis as stored: harm in the order it comes, functions trimmed.</summary>
    public static BusinessImpact Normalise(BusinessImpact impact) => impact with
    {
        ImpactOverTime = [.. impact.ImpactOverTime.OrderBy(s => s.After).ThenBy(s => s.Kind).Select(s => s with { Description = s.Description.Trim() })],
        VitalBusinessFunctions = [.. impact.VitalBusinessFunctions.Select(f => f.Trim())],
    };
}
