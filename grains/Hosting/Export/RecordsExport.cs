using ItsmOrleans.Domain.Changes;
using ItsmOrleans.Grains.Changes;
using ItsmOrleans.Grains.Continuity;
using ItsmOrleans.Grains.Incidents;
using ItsmOrleans.Grains.MajorIncidents;
using ItsmOrleans.Grains.Problems;
using ItsmOrleans.Grains.Risks;
using ItsmOrleans.Grains.ServiceRequests;
using ItsmOrleans.Hosting.ReadModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ItsmOrleans.Hosting.Export;

/// <summary>
/// The export's records: services, every ticket whole from its saved grain state (read page by page from the grain
/// storage rows, no grain activated), contracts, licences, then what administrators configure (<see cref="ConfigurationExport"/>).
/// </summary>
public sealed class RecordsExport(GrainStateRows rows, IGrainFactory grains, IServiceProvider services, IOptions<ChangeOptions> changeOptions)
{
    private const int Page = 200;

    public async Task Write(ExportWriter export, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(export);
        var serviceModel = services.GetRequiredService<IServiceReadModel>();
        await export.Paged("services", after => serviceModel.Page(after, Page, cancellationToken), s => s.Id);
        await export.Tickets("incidents", rows.Pages<IncidentState>(IncidentGrain.StateName, Page, cancellationToken), s => s.Created, ExportedIncident.Of);
        await export.Tickets("changes", rows.Pages<ChangeState>(ChangeGrain.StateName, Page, cancellationToken), s => s.Created,
            stored => ExportedChange.Of(stored, changeOptions.Value));
        await export.Tickets("serviceRequests", rows.Pages<ServiceRequestState>(ServiceRequestGrain.StateName, Page, cancellationToken), s => s.Created,
            stored => stored.State.ToView(stored.Id));
        await export.Tickets("problems", rows.Pages<ProblemState>(ProblemGrain.StateName, Page, cancellationToken), s => s.Created, ExportedProblem.Of);
        await export.Tickets("majorIncidents", rows.Pages<MajorIncidentState>(MajorIncidentGrain.StateName, Page, cancellationToken), s => s.Created,
            stored => stored.State.ToView(stored.Id));
        await export.Tickets("risks", rows.Pages<RiskState>(RiskGrain.StateName, Page, cancellationToken), s => s.Created, ExportedRisk.Of);
        await export.Tickets("continuityPlans", rows.Pages<PlanState>(ContinuityPlanGrain.StateName, Page, cancellationToken), s => s.Created, ExportedPlan.Of);
        var impacts = services.GetRequiredService<IBusinessImpactReadModel>();
        await export.Paged("businessImpacts", after => impacts.Page(after, Page, cancellationToken), b => b.ServiceId);
        var contracts = services.GetRequiredService<IVendorContractReadModel>();
        await export.Paged("vendorContracts", after => contracts.Page(after, Page, cancellationToken), c => c.Id);
        var licences = services.GetRequiredService<ILicenceReadModel>();
        await export.Paged("licences", after => licences.Page(after, Page, cancellationToken), l => l.Id);
        await new ConfigurationExport(export, rows, grains, services, Page, cancellationToken).Write();
    }
}
