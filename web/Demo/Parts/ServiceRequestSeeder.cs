using ItsmOrleans.Contracts.ServiceRequests;
using ItsmOrleans.Web.Demo.Organisation;

namespace ItsmOrleans.Web.Demo.Parts;

/// <summary>Each catalogue request asked for by its requester, then decided by its approvers and fulfilled task by task.</summary>
public sealed class ServiceRequestSeeder(IGrainFactory grains) : IDemoPart
{
    public string Name => "service requests";

    public async Task Seed(DemoRun run)
    {
        foreach (var request in run.Organisation.History.ServiceRequests)
        {
            var grain = grains.GetGrain<IServiceRequestGrain>(request.Id);
            await grain.Submit(await run.Actors.Context(request.By, DemoKeys.Create(request.Key)), request.Submit.ToCommand());
            var steps = request.Steps ?? [];
            for (var i = 0; i < steps.Count; i++)
            {
                var context = await run.Actors.Context(steps[i].By, DemoKeys.Step(request.Key, i + 1));
                await Apply(grain, steps[i], context, request.Key);
            }
        }
    }

    private static Task<ServiceRequestView> Apply(IServiceRequestGrain grain, DemoRequestStep step, CommandContext context, string key) => step switch
    {
        { Decide: { } decision } => grain.Decide(context, decision.Approves(), decision.Comment),
        { Task: { } task, AssignTask: { } assignment } => grain.AssignTask(context, task, assignment.Assignee ?? ""),
        { Task: { } task, CompleteTask: { } completion } => grain.CompleteTask(context, task, completion.CheckedNotes()),
        { Move: { } move } => grain.Move(context, move.ToStatus(), move.Notes),
        _ => throw new InvalidOperationException($"A step of the demo request '{key}' by {step.By} does nothing (a task step names its task)."),
    };
}
