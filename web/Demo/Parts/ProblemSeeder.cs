using ItsmOrleans.Contracts.Problems;

namespace ItsmOrleans.Web.Demo.Parts;

/// <summary>Each problem opened over its incidents, analysed, moved along and, when the file says so, published as a known error.</summary>
public sealed class ProblemSeeder(IGrainFactory grains) : IDemoPart
{
    public string Name => "problems";

    public async Task Seed(DemoRun run)
    {
        var history = run.Organisation.History;
        foreach (var problem in history.Problems)
        {
            var grain = grains.GetGrain<IProblemGrain>(problem.Id);
            var incidents = problem.Incidents.Select(key => history.Incident(key).Id).ToList();
            await grain.Create(await run.Actors.Context(problem.By, DemoKeys.Create(problem.Key)), (problem.Open with { IncidentIds = incidents }).ToCommand());
            var step = 0;
            Task<CommandContext> Next() => run.Actors.Context(problem.By, DemoKeys.Step(problem.Key, ++step));
            if (problem.Analysis is { } analysis)
            {
                await grain.Update(await Next(), analysis.ToCommand());
            }

            foreach (var move in problem.Moves ?? [])
            {
                await grain.Move(await Next(), move.ToCommand());
            }

            if (problem.KnownError)
            {
                await grain.SetKnownError(await Next(), knownError: true);
            }
        }
    }
}
