namespace ItsmOrleans.Domain.Changes;

/// <summary>Bound from the "Changes" configuration section.</summary>
public sealed class ChangeOptions
{
    public const string Section = "Changes";

    /// <summary>CAB approvals a normal change needs, by risk.</summary>
    public int LowRiskApprovals { get; set; } = 1;

    public int ModerateRiskApprovals { get; set; } = 2;

    public int HighRiskApprovals { get; set; } = 3;

    /// <summary>How far back failed or backed-out changes on the same service raise the risk of a new one.</summary>
    public TimeSpan FailureLookback { get; set; } = TimeSpan.FromDays(90);
}
