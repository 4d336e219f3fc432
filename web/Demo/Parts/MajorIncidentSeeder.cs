using ItsmOrleans.Contracts.MajorIncidents;
using ItsmOrleans.Web.Apis;

namespace ItsmOrleans.Web.Demo.Parts;

/// <summary>Each major incident promoted over its incidents, with the stakeholder updates posted since.</summary>
public sealed class MajorIncidentSeeder(IGrainFactory grains) : IDemoPart
{
    public string Name => "major incidents";

    public async Task Seed(DemoRun run)
    {
        var history = run.Organisation.History;
        foreach (var major in history.MajorIncidents)
        {
            var grain = grains.GetGrain<IMajorIncidentGrain>(major.Id);
            var promotion = new PromoteRequest(
                major.Title, history.Incident(major.PrimaryIncident).Id, [.. major.RelatedIncidents.Select(key => history.Incident(key).Id)],
                major.Commander, major.UpdateCadence);
            await grain.Promote(await run.Actors.Context(major.By, DemoKeys.Create(major.Key)), promotion.ToCommand());
            var updates = major.Updates ?? [];
            for (var i = 0; i < updates.Count; i++)
            {
                await grain.Post(await run.Actors.Context(major.Commander, DemoKeys.Step(major.Key, i + 1)), updates[i], stakeholderUpdate: true);
            }
        }
    }
}
