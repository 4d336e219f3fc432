using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Services;

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

    /// <summary>The service an incident names, for its support group and escalation policy; null when it names none.</summary>
    public static async Task<ServiceView?> ServiceOf(IGrainFactory grains, string? serviceId)
    {
        ArgumentNullException.ThrowIfNull(grains);
        if (string.IsNullOrWhiteSpace(serviceId))
        {
            return null;
        }

        try
        {
            return await grains.GetGrain<IServiceGrain>(serviceId.Trim()).Get();
        }
        catch (NotFoundException)
        {
            // The catalogue listed it a moment ago (services are never removed); should its grain not know it, route nothing.
            return null;
        }
    }
}
