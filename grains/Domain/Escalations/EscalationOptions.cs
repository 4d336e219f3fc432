namespace ItsmOrleans.Domain.Escalations;

/// <summary>Bound from "Escalations".</summary>
public sealed class EscalationOptions
{
    public const string Section = "Escalations";

    /// <summary>The shortest wait a policy level may have before the next one.</summary>
    public TimeSpan MinimumDelay { get; set; } = TimeSpan.FromMinutes(1);
}
