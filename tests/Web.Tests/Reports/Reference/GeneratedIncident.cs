namespace ItsmOrleans.Web.Tests.Reports.Reference;

/// <summary>
/// What the generator knows happened to one incident, kept as it happened (not read back from its history): every
/// moment, and the moments of its first response, first resolution and each clock's breach.
/// </summary>
public sealed class GeneratedIncident(IncidentMoment opened)
{
    public IncidentMoment Opened { get; } = opened;

    public List<IncidentMoment> Moments { get; } = [opened];

    public IncidentMoment? FirstResponse { get; set; }

    public IncidentMoment? FirstResolution { get; set; }

    public IncidentMoment? ResponseBreach { get; set; }

    public IncidentMoment? ResolutionBreach { get; set; }

    /// <summary>The incident as it stood before <paramref name="at"/> (facts at <paramref name="at"/> are after it).</summary>
    public IncidentMoment? Before(DateTimeOffset at) => Moments.LastOrDefault(m => m.At < at);
}
