using ItsmOrleans.Contracts.Incidents;

namespace ItsmOrleans.Domain.Slas;

/// <summary>One configured policy: a display name and targets for every priority.</summary>
public sealed class SlaPolicyOptions
{
    public string? Name { get; set; }

    /// <summary>The business calendar whose hours count; every hour counts when omitted.</summary>
    public string? Calendar { get; set; }

    public Dictionary<Priority, SlaTargetOptions> Targets { get; set; } = [];

    /// <summary>Whether an incident automation raises already assigned counts as responded to (see <see cref="SlaPolicy"/>).</summary>
    public bool IntegrationAssignmentResponds { get; set; }
}
