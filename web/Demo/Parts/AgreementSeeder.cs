using ItsmOrleans.Contracts.Alerts;
using ItsmOrleans.Contracts.Licences;
using ItsmOrleans.Contracts.Vendors;

namespace ItsmOrleans.Web.Demo.Parts;

/// <summary>Vendor contracts, licences with their seats, and the monitoring integration under the marker's routing key.</summary>
public sealed class AgreementSeeder(IGrainFactory grains) : IDemoPart
{
    public string Name => "agreements";

    public async Task Seed(DemoRun run)
    {
        var agreements = run.Organisation.Agreements;
        var admin = await run.AsAdministrator();
        foreach (var (id, contract) in agreements.VendorContracts)
        {
            var terms = contract.Terms with { Start = run.Time.Day(contract.FirstDay), End = run.Time.Day(contract.LastDay) };
            await grains.GetGrain<IVendorContractGrain>(id).Define(admin, terms.ToDefinition());
        }

        foreach (var (id, licence) in agreements.Licences)
        {
            var terms = licence.Terms with { Expires = licence.ExpiresInDays is { } days ? run.Time.Day(days) : null };
            var grain = grains.GetGrain<ILicenceGrain>(id);
            await grain.Define(admin, terms.ToCommand());
            foreach (var assignee in licence.AssignedTo)
            {
                await grain.Assign(admin, assignee);
            }
        }

        var integration = agreements.Integration;
        await grains.GetGrain<IIntegrationKeyGrain>(run.Marker.IntegrationRoutingKey).Define(admin, integration.Name ?? "", integration.ServiceId ?? "");
    }
}
