using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Web.Demo.Organisation;

namespace ItsmOrleans.Web.Demo.Parts;

/// <summary>Each incident raised by its requester, then assigned, worked, held, resolved or closed by the people in its steps.</summary>
public sealed class IncidentSeeder(IGrainFactory grains) : IDemoPart
{
    public string Name => "incidents";

    public async Task Seed(DemoRun run)
    {
        foreach (var incident in run.Organisation.History.Incidents)
        {
            var grain = grains.GetGrain<IIncidentGrain>(incident.Id);
            var raiser = await run.Actors.Context(incident.By, DemoKeys.Create(incident.Key));
            await grain.Create(raiser, incident.Raise.ToCommand(raiser.Caller));
            var steps = incident.Steps ?? [];
            for (var i = 0; i < steps.Count; i++)
            {
                await Apply(grain, steps[i], await run.Actors.Context(steps[i].By, DemoKeys.Step(incident.Key, i + 1)), incident.Key);
            }
        }
    }

    private static Task<IncidentView> Apply(IIncidentGrain grain, DemoIncidentStep step, CommandContext context, string key) => step switch
    {
        { Assign: { } assign } => grain.Assign(context, assign.ToCommand()),
        { Take: true } => grain.Take(context),
        { Acknowledge: true } => grain.Acknowledge(context),
        { Move: { } move } => grain.ChangeStatus(context, move.ToCommand()),
        { Comment: { } comment } => grain.AddComment(context, comment.ToCommand()),
        _ => throw new InvalidOperationException($"A step of the demo incident '{key}' by {step.By} does nothing."),
    };
}
