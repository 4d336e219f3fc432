using ItsmOrleans.Contracts.LiveFeeds;
using ItsmOrleans.Contracts.Slas;

namespace ItsmOrleans.Contracts.Incidents;

/// <summary>The row of an incident on lists and boards; also the shape of the read model.</summary>
/// <param name="Version">The version a client sends back with its next command.</param>
/// <param name="SlaPolicyId">The SLA policy whose targets the clocks count against.</param>
/// <param name="Revision">Grows with every change, SLA events included; a row with a higher revision replaces one with a lower.</param>
/// <param name="Escalating">Its service's escalation policy follows it until someone responds (acknowledging stops it).</param>
[GenerateSerializer, Immutable, Alias("itsm.IncidentSummary")]
public sealed record IncidentSummary(
    Guid Id,
    string Number,
    string Title,
    Priority Priority,
    IncidentStatus Status,
    string? ServiceId,
    string? AssignmentGroup,
    string? Assignee,
    string Requester,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    int Version,
    int Revision,
    SlaClockView Response,
    SlaClockView Resolution,
    string? SlaPolicyId = null,
    bool Escalating = false) : ILiveRecord
{
    string ILiveRecord.LiveKey => Id.ToString("N");

    long ILiveRecord.Revision => Revision;

    /// <summary>Open incidents are those still being worked or awaiting closure.</summary>
    public bool IsOpen => Status is not (IncidentStatus.Closed or IncidentStatus.Cancelled);
}
