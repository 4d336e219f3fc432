using ItsmOrleans.Contracts.Escalations;
using ItsmOrleans.Contracts.ServiceRequests;

namespace ItsmOrleans.Web.Demo;

/// <summary>
/// What the database already holds, asked cheaply: at most one row of each list, and the small directories of what
/// administrators configure. Accounts and API keys do not count, since every first start makes some.
/// </summary>
public sealed class ExistingRecords(
    IServiceReadModel services,
    IIncidentReadModel incidents,
    IServiceRequestReadModel requests,
    IChangeReadModel changes,
    IProblemReadModel problems,
    ILicenceReadModel licences,
    IVendorContractReadModel contracts,
    IGrainFactory grains)
{
    /// <returns>The kinds of record the database holds any of; none for an empty database.</returns>
    public async Task<IReadOnlyList<string>> KindsPresent(CancellationToken cancellationToken)
    {
        var probes = new (string Kind, Func<Task<bool>> Present)[]
        {
            ("services", async () => (await services.Page(null, 1, cancellationToken)).Count > 0),
            ("incidents", async () => (await incidents.Query(new IncidentQuery([], [], null, null, null, 1, null), cancellationToken)).Items.Count > 0),
            ("service requests", async () => (await requests.List(null, 1, cancellationToken)).Count > 0),
            ("changes", async () => (await changes.Query(new ChangeQuery(Limit: 1), cancellationToken)).Items.Count > 0),
            ("problems", async () => (await problems.List(null, 1, cancellationToken)).Count > 0),
            ("licences", async () => (await licences.Page(null, 1, cancellationToken)).Count > 0),
            ("vendor contracts", async () => (await contracts.Page(null, 1, cancellationToken)).Count > 0),
            ("catalogue items", async () => (await grains.GetGrain<IRequestCatalogGrain>(0).List()).Count > 0),
            ("escalation policies", async () => (await grains.GetGrain<IOnCallDirectoryGrain>(0).Policies()).Count > 0),
            ("on-call schedules", async () => (await grains.GetGrain<IOnCallDirectoryGrain>(0).Schedules()).Count > 0),
        };
        var present = new List<string>();
        foreach (var (kind, isPresent) in probes)
        {
            if (await isPresent())
            {
                present.Add(kind);
            }
        }

        return present;
    }
}
