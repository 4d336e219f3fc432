using ItsmOrleans.Contracts.Changes;
using ItsmOrleans.Contracts.Services;
using ItsmOrleans.Domain.Changes;
using ItsmOrleans.Domain.Services;
using Microsoft.Extensions.Options;

namespace ItsmOrleans.Grains.Changes;

/// <summary>
/// How a change assesses its risk and conflicts (from the read model, the service graph and the change catalogue),
/// and asks the changes around it to do the same.
/// </summary>
public sealed class ChangeAssessor(IChangeScheduleReader schedule, IOptions<ChangeOptions> options, IGrainFactory grains)
{
    // Beyond this many overlapping changes, conflicts list the first ones only.
    private const int OverlapLimit = 200;

    /// <summary>The risk that counts for approval: a fresh assessment while the change is planned, else the one it was approved with.</summary>
    public static RiskAssessment? PlannedRisk(ChangeState state, ChangeAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(assessment);
        return ChangeWorkflow.IsPlanning(state.Status) ? assessment.Risk ?? state.Risk : state.Risk;
    }

    /// <summary>The change's risk and conflicts as of now.</summary>
    public async Task<ChangeAssessment> Assess(Guid id, ChangeState state, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        var service = state.ServiceId is { } serviceKey ? await grains.GetGrain<IServiceGrain>(serviceKey).Get() : null;
        RiskAssessment? risk = null;
        if (state.Type == ChangeType.Standard)
        {
            risk = new RiskAssessment(RiskLevel.Low, 0, [new RiskFactor("template", 0, $"pre-approved standard change '{state.TemplateId}'")], now);
        }
        else if (state.RiskAnswers is { } answers && ChangeWorkflow.IsPlanning(state.Status))
        {
            var failures = state.ServiceId is { } serviceId
                ? await schedule.FailedSince(serviceId, now - options.Value.FailureLookback, CancellationToken.None)
                : 0;
            risk = RiskScoring.Assess(new RiskInputs(answers, service?.Criticality, state.Window?.Start - now, failures), now);
        }

        if (state.Window is not { } window || ChangeWorkflow.IsFinal(state.Status) || state.Status == ChangeStatus.Review)
        {
            return new ChangeAssessment(risk, service?.Criticality, []);
        }

        var others = await schedule.Overlapping(window, OverlapLimit, CancellationToken.None);
        var relations = state.ServiceId is { } related
            ? await grains.GetGrain<IServiceCatalogGrain>(0).Related(related)
            : new ServiceRelations([], []);
        var freezes = (await grains.GetGrain<IChangeCatalogGrain>(0).Get()).Freezes;
        var context = new ScheduleContext(
            others,
            relations.DependsOn.ToHashSet(StringComparer.Ordinal),
            relations.Dependents.ToHashSet(StringComparer.Ordinal),
            freezes,
            service is null || (service.Maintenance ?? MaintenanceSchedule.None).IsEmpty
                ? null
                : MaintenanceCalendar.Covers(service.Maintenance!, window.Start, window.End));
        return new ChangeAssessment(risk, service?.Criticality, ConflictDetector.Detect(id, state.ServiceId, state.Implementer, window, context));
    }

    /// <summary>Asks the changes whose windows overlap the change's old or new window to recheck their conflicts.</summary>
    public async Task AskNeighboursToRecheck(Guid id, ChangeState state, ChangeWindow? previousWindow)
    {
        ArgumentNullException.ThrowIfNull(state);
        var neighbours = new HashSet<Guid>();
        foreach (var window in new[] { previousWindow, state.Window }.OfType<ChangeWindow>().Distinct())
        {
            foreach (var other in await schedule.Overlapping(window, OverlapLimit, CancellationToken.None))
            {
                neighbours.Add(other.Id);
            }
        }

        neighbours.Remove(id);
        foreach (var other in neighbours)
        {
            await grains.GetGrain<IChangeGrain>(other).RecheckConflicts();
        }
    }
}
