using ItsmOrleans.Contracts.Changes;

namespace ItsmOrleans.Domain.Changes;

/// <summary>What a risk assessment weighs besides the questionnaire.</summary>
/// <param name="ServiceCriticality">The service's tier, 1 (most critical) to 4; null when the change names no service.</param>
/// <param name="LeadTime">From the assessment to the planned start; null when no window is planned yet.</param>
/// <param name="RecentFailures">Failed or backed-out changes on the same service within the look-back period.</param>
public sealed record RiskInputs(RiskAnswers Answers, int? ServiceCriticality, TimeSpan? LeadTime, int RecentFailures);
