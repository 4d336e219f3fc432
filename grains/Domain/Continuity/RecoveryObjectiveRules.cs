using ItsmOrleans.Contracts.Continuity;
using ItsmOrleans.Contracts.Validation;

namespace ItsmOrleans.Domain.Continuity;

/// <summary>Field rules of recovery objectives: positive, within a year, and a downtime the business tolerates no shorter than recovery takes.</summary>
public static class RecoveryObjectiveRules
{
    public static readonly TimeSpan Longest = TimeSpan.FromDays(365);

    public static void Validate(FieldErrors errors, string field, RecoveryObjectives? objectives)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (objectives is null)
        {
            return;
        }

        if (objectives.Rto <= TimeSpan.Zero || objectives.Rto > Longest)
        {
            errors.Add($"{field}.rto", "The recovery time objective is more than zero and at most 365 days.");
        }

        if (objectives.Rpo < TimeSpan.Zero || objectives.Rpo > Longest)
        {
            errors.Add($"{field}.rpo", "The recovery point objective is zero (no data may be lost) up to 365 days.");
        }

        if (objectives.MaximumTolerableDowntime > Longest)
        {
            errors.Add($"{field}.maximumTolerableDowntime", "The maximum tolerable downtime is at most 365 days.");
        }
        else if (objectives.MaximumTolerableDowntime < objectives.Rto)
        {
            errors.Add($"{field}.maximumTolerableDowntime", "The maximum tolerable downtime is at least the recovery time objective: recovery planned to take longer than the business can bear is no plan.");
        }
    }
}
