using ItsmOrleans.Contracts.Incidents;

namespace ItsmOrleans.Web.Tests.Reports.Reference;

/// <summary>An incident as it stood right after something happened to it: its status and what reports filter on.</summary>
public sealed record IncidentMoment(DateTimeOffset At, IncidentStatus Status, int Priority, string? Service, string? Group)
{
    public bool IsOpen => Status is IncidentStatus.New or IncidentStatus.Assigned or IncidentStatus.InProgress or IncidentStatus.OnHold;
}
