using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Escalations;
using ItsmOrleans.Contracts.Groups;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.LiveFeeds;
using ItsmOrleans.Contracts.Security;
using ItsmOrleans.Contracts.Services;
using ItsmOrleans.Contracts.Validation;
using ItsmOrleans.Domain.Services;
using ItsmOrleans.Grains.Projections;
using ItsmOrleans.Grains.Search;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ItsmOrleans.Grains.Services;

/// <summary>
/// One service. Its definition and edges are stored; its health is rebuilt when it wakes (open incidents from the read
/// model, dependencies' health from them) and then kept live: an incident change or a dependency's change updates it,
/// and only a real change is passed on to the services that depend on it.
/// </summary>
public sealed partial class ServiceGrain(
    [PersistentState(ServiceGrain.StateName, ItsmStorage.Name)] IPersistentState<ServiceState> store,
    IServiceIncidentSource incidents,
    IServiceProjection projection,
    ISearchProjection search,
    IOptions<ProblemSuggestionOptions> suggestions,
    TimeProvider time,
    ILogger<ServiceGrain> logger) : Grain, IServiceGrain
{
    /// <summary>The name its state is stored under; the export reads the rows of this name.</summary>
    public const string StateName = "service";

    private static readonly TimeSpan MaintenanceLookahead = TimeSpan.FromDays(14);

    private readonly Dictionary<Guid, (Priority Priority, string Number)> _hurting = [];
    private readonly Dictionary<string, ServiceHealth> _dependencies = new(StringComparer.Ordinal);
    private readonly RecentIncidentWindow _recent = new();
    private ServiceHealth _health = ServiceHealth.Operational(DateTimeOffset.MinValue);
    private long _revision;

    private ServiceState State => store.State;

    private string Id => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _health = ServiceHealth.Operational(time.GetUtcNow());
        foreach (var incident in await incidents.OpenOn(Id, cancellationToken))
        {
            Track(incident);
            Remember(incident);
        }

        foreach (var dependency in State.DependsOn)
        {
            _dependencies[dependency] = await GrainFactory.GetGrain<IServiceGrain>(dependency).GetHealth();
        }

        if (State.Defined)
        {
            // Dependents may hold an older view of this service if a notification was lost while it was away.
            await Reevaluate(announce: true);
        }
    }

    public async Task<ServiceView> Define(CommandContext context, DefineService definition)
    {
        if (!context.Caller.Is(Role.Admin))
        {
            throw new ForbiddenException("Only admins change the service portfolio.");
        }

        var errors = new FieldErrors();
        ServiceRules.ValidateId(errors, Id);
        errors.ThrowIfAny();
        ServiceRules.Validate(definition);
        if (definition.EscalationPolicyId is { } policy && await GrainFactory.GetGrain<IEscalationPolicyGrain>(policy).Get() is null)
        {
            throw new DomainValidationException("escalationPolicy", $"There is no escalation policy '{policy}'.");
        }

        if (context.ExpectedVersion is { } expected && expected != State.Version)
        {
            throw new VersionConflictException(expected, State.Version);
        }

        var first = !State.Defined;
        (State.Defined, State.Name, State.Kind, State.Description, State.Owner, State.SupportGroup, State.Criticality, State.SlaPolicyId) =
            (true, definition.Name.Trim(), definition.Kind, definition.Description, definition.Owner, definition.SupportGroup, definition.Criticality, definition.SlaPolicyId);
        State.EscalationPolicyId = definition.EscalationPolicyId;
        State.Version++;
        await WriteOrReload();
        var indexed = Indexed(time.GetUtcNow());
        await ProjectionRetry.Run(() => search.Upsert(indexed, CancellationToken.None), time, logger, Id);
        if (first)
        {
            await GrainFactory.GetGrain<IServiceCatalogGrain>(0).Register(Id);
        }

        await GrainFactory.GetGrain<IGroupDirectoryGrain>(0).SetGroups(GroupSource.Service(Id), State.SupportGroup is { } group ? [group] : []);

        await Reevaluate(announce: true, force: true);
        return View();
    }

    public async Task<ServiceView> SetMaintenance(CommandContext context, MaintenanceSchedule schedule)
    {
        if (!context.Caller.Is(Role.Admin))
        {
            throw new ForbiddenException("Only admins change the service portfolio.");
        }

        if (!State.Defined)
        {
            throw new NotFoundException($"There is no service '{Id}'.");
        }

        ServiceRules.Validate(schedule);
        if (context.ExpectedVersion is { } expected && expected != State.Version)
        {
            throw new VersionConflictException(expected, State.Version);
        }

        State.Maintenance = schedule;
        State.Version++;
        await WriteOrReload();
        return View();
    }

    public Task<ServiceView> Get() => State.Defined
        ? Task.FromResult(View())
        : throw new NotFoundException($"There is no service '{Id}'.");

    public Task<ServiceHealth> GetHealth() => Task.FromResult(_health);

    public async Task OnIncident(IncidentSummary incident)
    {
        var suggested = Remember(incident) && State.Defined && await Suggest();
        if (Track(incident) || suggested)
        {
            await Reevaluate(announce: true, force: suggested);
        }
    }

    public async Task<ProblemSuggestion?> ClearSuggestion(CommandContext context)
    {
        if (!context.Caller.Is(Role.Agent) && !context.Caller.Is(Role.Admin))
        {
            throw new ForbiddenException("Only agents and admins act on problem suggestions.");
        }

        if (State.Suggestion is not { } suggestion)
        {
            return null;
        }

        (State.Suggestion, State.SuggestionClearedAt) = (null, time.GetUtcNow());
        await WriteOrReload();
        await Reevaluate(announce: false, force: true);
        return suggestion;
    }

    public async Task OnDependencyHealth(string dependencyId, ServiceHealth health)
    {
        if (!State.DependsOn.Contains(dependencyId) || _dependencies.GetValueOrDefault(dependencyId) == health)
        {
            return;
        }

        _dependencies[dependencyId] = health;
        await Reevaluate(announce: true);
    }

    public async Task SetEdges(IReadOnlyList<string> dependsOn, IReadOnlyList<string> dependents)
    {
        var added = dependsOn.Except(State.DependsOn).ToList();
        var newDependents = dependents.Except(State.Dependents).ToList();
        (State.DependsOn, State.Dependents) = ([.. dependsOn], [.. dependents]);
        await WriteOrReload();
        foreach (var gone in _dependencies.Keys.Except(dependsOn).ToList())
        {
            _dependencies.Remove(gone);
        }

        foreach (var dependency in added)
        {
            _dependencies[dependency] = await GrainFactory.GetGrain<IServiceGrain>(dependency).GetHealth();
        }

        await Reevaluate(announce: false, force: true);
        foreach (var dependent in newDependents)
        {
            await GrainFactory.GetGrain<IServiceGrain>(dependent).OnDependencyHealth(Id, _health);
        }
    }

    /// <summary>Remembers an incident raised on this service within the suggestion window; true when it is new to the window.</summary>
    private bool Remember(IncidentSummary incident) => _recent.Remember(incident, Id, time.GetUtcNow(), suggestions.Value.Window);

    /// <summary>Raises a suggestion when the window holds enough incidents, or adds new ones to the standing suggestion.</summary>
    private async Task<bool> Suggest()
    {
        var now = time.GetUtcNow();
        var options = suggestions.Value;
        var burst = ProblemSuggestionRule.Burst(_recent.Incidents, now, options.Incidents, options.Window, State.SuggestionClearedAt);
        if (burst is null)
        {
            return false;
        }

        List<(Guid Id, string Number)> known = State.Suggestion is { } standing ? [.. standing.IncidentIds.Zip(standing.IncidentNumbers)] : [];
        var listed = known.Concat(burst.Where(i => !known.Exists(k => k.Id == i.Id)).Select(i => (i.Id, i.Number)))
            .Take(ProblemSuggestionRule.MaxListed)
            .ToList();
        if (State.Suggestion is not null && listed.Count == known.Count)
        {
            return false;
        }

        State.Suggestion = new ProblemSuggestion(
            Id, State.Name, [.. listed.Select(l => l.Id)], [.. listed.Select(l => l.Number)],
            State.Suggestion?.FirstIncidentAt ?? burst[0].CreatedAt, State.Suggestion?.RaisedAt ?? now);
        await WriteOrReload();
        return true;
    }

    /// <summary>Remembers or forgets an incident; true when the set of incidents hurting the service changed.</summary>
    private bool Track(IncidentSummary incident)
    {
        var hurts = incident.ServiceId == Id && ServiceHealthRules.Hurts(incident.Status);
        if (!hurts)
        {
            return _hurting.Remove(incident.Id);
        }

        var entry = (incident.Priority, incident.Number);
        if (_hurting.TryGetValue(incident.Id, out var known) && known == entry)
        {
            return false;
        }

        _hurting[incident.Id] = entry;
        return true;
    }

    private async Task Reevaluate(bool announce, bool force = false)
    {
        var health = ServiceHealthRules.Evaluate(Id, State.Defined ? State.Name : Id, _hurting.Values, _dependencies.Values, _health, time.GetUtcNow());
        if (health == _health && !force)
        {
            return;
        }

        var changed = health != _health;
        _health = health;
        _revision = Math.Max(_revision + 1, time.GetUtcNow().UtcTicks);
        if (!State.Defined)
        {
            return;
        }

        var summary = new ServiceSummary(Id, State.Name, State.Kind, State.Criticality, State.SupportGroup, State.DependsOn, _health, _revision, State.Suggestion);
        await projection.Upsert(summary, CancellationToken.None);
        await GrainFactory.Publish(summary);
        if (announce && changed)
        {
            foreach (var dependent in State.Dependents)
            {
                await GrainFactory.GetGrain<IServiceGrain>(dependent).OnDependencyHealth(Id, _health);
            }
        }
    }

    private async Task WriteOrReload()
    {
        try
        {
            await store.WriteStateAsync();
        }
        catch
        {
            DeactivateOnIdle();
            throw;
        }
    }

    private ServiceView View() => new(
        Id, State.Name, State.Kind, State.Description, State.Owner, State.SupportGroup, State.Criticality, State.SlaPolicyId,
        State.DependsOn, State.Dependents, _health, State.Version, State.Maintenance,
        MaintenanceCalendar.CurrentOrNext(State.Maintenance, time.GetUtcNow(), MaintenanceLookahead), State.EscalationPolicyId);
}
