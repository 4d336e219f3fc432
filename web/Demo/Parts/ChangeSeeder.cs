using ItsmOrleans.Contracts.Changes;
using ItsmOrleans.Web.Demo.Organisation;

namespace ItsmOrleans.Web.Demo.Parts;

/// <summary>Each change raised in its window (counted from the day of seeding), then moved along and voted on by the CAB.</summary>
public sealed class ChangeSeeder(IGrainFactory grains) : IDemoPart
{
    public string Name => "changes";

    public async Task Seed(DemoRun run)
    {
        foreach (var change in run.Organisation.History.Changes)
        {
            var grain = grains.GetGrain<IChangeGrain>(change.Id);
            var raise = change.Raise with { Window = change.Window?.In(run.Time) };
            await grain.Create(await run.Actors.Context(change.By, DemoKeys.Create(change.Key)), raise.ToCommand());
            var steps = change.Steps ?? [];
            for (var i = 0; i < steps.Count; i++)
            {
                var context = await run.Actors.Context(steps[i].By, DemoKeys.Step(change.Key, i + 1));
                await Apply(grain, steps[i], context, change.Key);
            }
        }
    }

    private static Task<ChangeView> Apply(IChangeGrain grain, DemoChangeStep step, CommandContext context, string key) => step switch
    {
        { Move: { } move } => grain.Move(context, move.ToCommand()),
        { Vote: { } vote } => grain.Vote(context, vote.ToCommand()),
        _ => throw new InvalidOperationException($"A step of the demo change '{key}' by {step.By} does nothing."),
    };
}
