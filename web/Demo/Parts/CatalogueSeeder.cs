using ItsmOrleans.Contracts.Changes;
using ItsmOrleans.Contracts.ServiceRequests;

namespace ItsmOrleans.Web.Demo.Parts;

/// <summary>The request catalogue's items and the standard-change templates.</summary>
public sealed class CatalogueSeeder(IGrainFactory grains) : IDemoPart
{
    public string Name => "catalogue";

    public async Task Seed(DemoRun run)
    {
        var catalogue = run.Organisation.Catalogue;
        var admin = await run.AsAdministrator();
        foreach (var (id, request) in catalogue.Items)
        {
            await grains.GetGrain<IRequestCatalogGrain>(0).Define(admin, request.ToItem(id));
        }

        foreach (var (id, request) in catalogue.ChangeTemplates)
        {
            await grains.GetGrain<IChangeCatalogGrain>(0).DefineTemplate(admin, request.ToTemplate(id));
        }
    }
}
