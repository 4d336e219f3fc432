using ItsmOrleans.Contracts.Changes;
using ItsmOrleans.Contracts.Services;
using ItsmOrleans.Domain.Changes;
using ItsmOrleans.Domain.Services;

namespace ItsmOrleans.Grains.Changes;

/// <summary>How a change assesses its risk and conflicts, and asks the changes around it to do the same.</summary>
public sealed partial class ChangeGrain
{
    // Beyond this many overlapping changes, conflicts list the first ones only.
    private const int OverlapLimit = 200;

    public async Task RecheckConflicts()
    {
        if (!State.Created || ChangeWorkflow.IsFinal(State.Status))
        {
            return;
        }

        var now = time.GetUtcNow();
        var before = State.Revision;
        try
        {
            if (ChangeCommands.Reassess(State, await Assess(now)) is not { } reassessed)
            {
                return;
            }

            State.Revision++;
            Record(reassessed, "system", now);
            await store.WriteStateAsync();
            await Project();
        }
        catch when (State.Revision != before)
        {
            DeactivateOnIdle();
            throw;
        }
    }

    /// <summary>The change's risk and conflicts as of now, from the read model, the service graph and the change catalogue.</summary>
    private async Task<ChangeAssessment> Assess(DateTimeOffset now)
    {
        var service = State.ServiceId is { } id ? await GrainFactory.GetGrain<IServiceGrain>(id).Get() : null;
        RiskAssessment? risk = null;
        if (State.Type == ChangeType.Standard)
        {
            risk = new RiskAssessment(RiskLevel.Low, 0, [new RiskFactor("template", 0, $"pre-approved standard change '{State.TemplateId}'")], now);
        }
        else if (State.RiskAnswers is { } answers && ChangeWorkflow.IsPlanning(State.Status))
        {
            var failures = State.ServiceId is { } serviceId
                ? await schedule.FailedSince(serviceId, now - options.Value.FailureLookback, CancellationToken.None)
                : 0;
            risk = RiskScoring.Assess(new RiskInputs(answers, service?.Criticality, State.Window?.Start - now, failures), now);
        }

        if (State.Window is not { } window || ChangeWorkflow.IsFinal(State.Status) || State.Status == ChangeStatus.Review)
        {
            return new ChangeAssessment(risk, service?.Criticality, []);
        }

        var others = await schedule.Overlapping(window, OverlapLimit, CancellationToken.None);
        var relations = State.ServiceId is { } related
            ? await GrainFactory.GetGrain<IServiceCatalogGrain>(0).Related(related)
            : new ServiceRelations([], []);
        var freezes = (await GrainFactory.GetGrain<IChangeCatalogGrain>(0).Get()).Freezes;
        var context = new ScheduleContext(
            others,
            relations.DependsOn.ToHashSet(StringComparer.Ordinal),
            relations.Dependents.ToHashSet(StringComparer.Ordinal),
            freezes,
            service is null || (service.Maintenance ?? MaintenanceSchedule.None).IsEmpty
                ? null
                : MaintenanceCalendar.Covers(service.Maintenance!, window.Start, window.End));
        return new ChangeAssessment(risk, service?.Criticality, ConflictDetector.Detect(Id, State.ServiceId, State.Implementer, window, context));
    }

    private RiskAssessment? PlannedRisk(ChangeAssessment assessment) =>
        ChangeWorkflow.IsPlanning(State.Status) ? assessment.Risk ?? State.Risk : State.Risk;

    private async Task AskNeighboursToRecheck(ChangeWindow? previousWindow)
    {
        var neighbours = new HashSet<Guid>();
        foreach (var window in new[] { previousWindow, State.Window }.OfType<ChangeWindow>().Distinct())
        {
            foreach (var other in await schedule.Overlapping(window, OverlapLimit, CancellationToken.None))
            {
                neighbours.Add(other.Id);
            }
        }

        neighbours.Remove(Id);
        foreach (var other in neighbours)
        {
            await GrainFactory.GetGrain<IChangeGrain>(other).RecheckConflicts();
        }
    }
}
