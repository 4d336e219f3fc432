using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Escalations;
using ItsmOrleans.Contracts.Groups;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Security;
using ItsmOrleans.Contracts.Services;
using ItsmOrleans.Contracts.Validation;
using ItsmOrleans.Domain.Services;
using ItsmOrleans.Grains.Persistence;

namespace ItsmOrleans.Grains.Services;

/// <summary>
/// One service. Its definition and edges are stored; its health is rebuilt when it wakes (open incidents from the read
/// model, dependencies' health from them) and then kept live: an incident change or a dependency's change updates it,
/// and only a real change is passed on to the services that depend on it.
/// </summary>
public sealed class ServiceGrain(
    [PersistentState(ServiceGrain.StateName, ItsmStorage.Name)] IPersistentState<ServiceState> store,
    IServiceIncidentSource incidents,
    ServicePublisher publisher,
    ProblemSuggester suggester,
    TimeProvider time) : Grain, IServiceGrain
{
    /// <summary>The name its state is stored under; the export reads the rows of this name.</summary>
    public const string StateName = "service";

    private static readonly TimeSpan MaintenanceLookahead = TimeSpan.FromDays(14);

    private readonly LiveServiceHealth _health = new();

    private ServiceState State => store.State;

    private string Id => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _health.Restart(time.GetUtcNow());
        foreach (var incident in await incidents.OpenOn(Id, cancellationToken))
        {
            _health.Track(Id, incident);
            suggester.Remember(Id, incident);
        }

        foreach (var dependency in State.DependsOn)
        {
            _health.Report(dependency, await GrainFactory.GetGrain<IServiceGrain>(dependency).GetHealth());
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
        await publisher.Index(Id, State);
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

    public Task<ServiceHealth> GetHealth() => Task.FromResult(_health.Current);

    public async Task OnIncident(IncidentSummary incident)
    {
        var suggested = suggester.Remember(Id, incident) && State.Defined && await Suggest();
        if (_health.Track(Id, incident) || suggested)
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
        if (State.DependsOn.Contains(dependencyId) && _health.Report(dependencyId, health))
        {
            await Reevaluate(announce: true);
        }
    }

    public async Task SetContinuityPlan(string planNumber, bool invoked)
    {
        if (State.InvokedPlans.Contains(planNumber) == invoked)
        {
            return;
        }

        if (invoked)
        {
            State.InvokedPlans.Add(planNumber);
        }
        else
        {
            State.InvokedPlans.Remove(planNumber);
        }

        await WriteOrReload();
        await Reevaluate(announce: true);
    }

    public async Task SetEdges(IReadOnlyList<string> dependsOn, IReadOnlyList<string> dependents)
    {
        var added = dependsOn.Except(State.DependsOn).ToList();
        var newDependents = dependents.Except(State.Dependents).ToList();
        (State.DependsOn, State.Dependents) = ([.. dependsOn], [.. dependents]);
        await WriteOrReload();
        _health.KeepOnly(dependsOn);
        foreach (var dependency in added)
        {
            _health.Report(dependency, await GrainFactory.GetGrain<IServiceGrain>(dependency).GetHealth());
        }

        await Reevaluate(announce: false, force: true);
        foreach (var dependent in newDependents)
        {
            await GrainFactory.GetGrain<IServiceGrain>(dependent).OnDependencyHealth(Id, _health.Current);
        }
    }

    /// <summary>Raises a suggestion when the window holds enough incidents, or adds new ones to the standing suggestion.</summary>
    private async Task<bool> Suggest()
    {
        if (suggester.Next(Id, State) is not { } suggestion)
        {
            return false;
        }

        State.Suggestion = suggestion;
        await WriteOrReload();
        return true;
    }

    private async Task Reevaluate(bool announce, bool force = false)
    {
        var now = time.GetUtcNow();
        var health = _health.Evaluate(Id, State.Defined ? State.Name : Id, now, State.InvokedPlans.Order(StringComparer.Ordinal).FirstOrDefault());
        if (health == _health.Current && !force)
        {
            return;
        }

        var changed = _health.Accept(health, now);
        if (!State.Defined)
        {
            return;
        }

        await publisher.Publish(new ServiceSummary(
            Id, State.Name, State.Kind, State.Criticality, State.SupportGroup, State.DependsOn, _health.Current, _health.Revision, State.Suggestion));
        if (announce && changed)
        {
            foreach (var dependent in State.Dependents)
            {
                await GrainFactory.GetGrain<IServiceGrain>(dependent).OnDependencyHealth(Id, _health.Current);
            }
        }
    }

    private async Task WriteOrReload()
    {
        await store.WriteOrForget(this);
    }

    private ServiceView View() => new(
        Id, State.Name, State.Kind, State.Description, State.Owner, State.SupportGroup, State.Criticality, State.SlaPolicyId,
        State.DependsOn, State.Dependents, _health.Current, State.Version, State.Maintenance,
        MaintenanceCalendar.CurrentOrNext(State.Maintenance, time.GetUtcNow(), MaintenanceLookahead), State.EscalationPolicyId);
}
