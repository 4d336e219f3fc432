using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Continuity;
using ItsmOrleans.Contracts.LiveFeeds;
using ItsmOrleans.Contracts.Security;
using ItsmOrleans.Contracts.Services;
using ItsmOrleans.Domain.Continuity;
using ItsmOrleans.Grains.Persistence;
using ItsmOrleans.Grains.Projections;
using Microsoft.Extensions.Logging;

namespace ItsmOrleans.Grains.Continuity;

/// <summary>One service's business impact analysis: replaced whole, versioned, followed by the read model and the live list.</summary>
public sealed class BusinessImpactGrain(
    [PersistentState(BusinessImpactGrain.StateName, ItsmStorage.Name)] IPersistentState<BusinessImpactState> store,
    IBusinessImpactProjection projection,
    TimeProvider time,
    ILogger<BusinessImpactGrain> logger) : Grain, IBusinessImpactGrain
{
    /// <summary>The name its state is stored under; the export reads the rows of this name.</summary>
    public const string StateName = "business-impact";

    private BusinessImpactState State => store.State;

    private string ServiceId => this.GetPrimaryKeyString();

    public async Task<BusinessImpactView> Get(Caller caller)
    {
        ContinuityAccess.EnsureCanRead(caller);
        await EnsureServiceExists();
        return View();
    }

    public async Task<BusinessImpactView> Set(CommandContext context, BusinessImpact impact)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(impact);
        ContinuityAccess.EnsureCanEdit(context.Caller);
        BusinessImpactRules.Validate(impact);
        await EnsureServiceExists();
        if (context.ExpectedVersion is { } expected && expected != State.Version)
        {
            throw new VersionConflictException(expected, State.Version);
        }

        var normalised = BusinessImpactRules.Normalise(impact);
        if (Same(normalised, State.Impact))
        {
            return View();
        }

        (State.Impact, State.UpdatedAt, State.UpdatedBy) = (normalised, time.GetUtcNow(), context.Actor);
        State.Version++;
        await store.WriteOrForget(this);
        var view = View();
        await ProjectionRetry.Run(() => projection.Upsert(view, CancellationToken.None), time, logger, $"business impact of {ServiceId}");
        await GrainFactory.Publish(view);
        return view;
    }

    private async Task EnsureServiceExists()
    {
        if (!await GrainFactory.GetGrain<IServiceCatalogGrain>(0).Contains(ServiceId))
        {
            throw new NotFoundException($"There is no service '{ServiceId}'.");
        }
    }

    // Records compare lists by reference; two analyses with the same content are the same.
    private static bool Same(BusinessImpact a, BusinessImpact b) =>
        a.Objectives == b.Objectives && a.ImpactOverTime.SequenceEqual(b.ImpactOverTime) && a.VitalBusinessFunctions.SequenceEqual(b.VitalBusinessFunctions);

    private BusinessImpactView View() => new(ServiceId, State.Impact, State.Version, State.UpdatedAt, State.UpdatedBy);
}
