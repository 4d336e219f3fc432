using ItsmOrleans.Contracts.Incidents;

namespace ItsmOrleans.Grains.Incidents;

/// <summary>Where an incident goes when nobody routes it: to the support group of its service.</summary>
public static class IncidentRouting
{
    /// <summary>The group an incident belongs to: the group it has or is given, else its service's support group, else none.</summary>
    public static string? GroupFor(string? group, string? serviceSupportGroup) =>
        IncidentCommands.Blank(group) ?? IncidentCommands.Blank(serviceSupportGroup);

    /// <summary>The incident to raise: routed to the support group of its service unless the command names a group.</summary>
    public static CreateIncident Route(CreateIncident command, string? serviceSupportGroup) =>
        command with { AssignmentGroup = GroupFor(command.AssignmentGroup, serviceSupportGroup) };
}
