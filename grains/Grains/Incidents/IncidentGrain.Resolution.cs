using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Domain.Incidents;

namespace ItsmOrleans.Grains.Incidents;

/// <summary>How the requester answers a resolution: confirm it (the incident closes) or reopen it with a reason.</summary>
public sealed partial class IncidentGrain
{
    public Task<IncidentView> ConfirmResolution(CommandContext context) => Answer(context, ResolutionAnswers.Confirm());

    public Task<IncidentView> Reopen(CommandContext context, ReopenIncident command) => Answer(context, ResolutionAnswers.Reopen(command));

    private Task<IncidentView> Answer(CommandContext context, ChangeIncidentStatus move) =>
        Mutate(context, move, IncidentAccess.EnsureIsRequester, now =>
        {
            ResolutionAnswers.EnsureAnswerable(State.Number, State.Status);
            return IncidentCommands.ChangeStatus(State, move, now);
        });
}
