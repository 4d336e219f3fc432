using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Continuity;
using ItsmOrleans.Contracts.Slas;
using ItsmOrleans.Contracts.Validation;
using ItsmOrleans.Domain.Slas;

namespace ItsmOrleans.Domain.Continuity;

/// <summary>
/// The rules of invoking a plan: only an approved plan, one invocation at a time, with a reason; its steps checked off
/// once each; its recovery timed against the tightest RTO of the plan's services; its end says whether the RTO was met.
/// </summary>
public static class InvocationRules
{
    public const int Reason = 2_000;

    /// <summary>The tightest recovery time objective among the services (and whose it is); null when none has one.</summary>
    public static (TimeSpan? Rto, string? Of) TightestRto(IEnumerable<(string ServiceId, RecoveryObjectives? Objectives)> services) =>
        services.Where(s => s.Objectives is not null)
            .OrderBy(s => s.Objectives!.Rto).ThenBy(s => s.ServiceId, StringComparer.Ordinal)
            .Select(s => ((TimeSpan?)s.Objectives!.Rto, (string?)s.ServiceId))
            .FirstOrDefault();

    public static void EnsureCanStart(PlanStatus status, string number, PlanInvocation? active, InvokePlan command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var errors = new FieldErrors();
        errors.Text("reason", command.Reason, Reason, required: true);
        errors.ThrowIfAny();
        if (status != PlanStatus.Approved)
        {
            throw new DomainValidationException("status", $"Only an approved plan is invoked; {number} is {status.ToString().ToLowerInvariant()}.");
        }

        if (active is not null)
        {
            throw new DomainValidationException("status", $"{number} is already invoked, since {active.InvokedAt:yyyy-MM-dd HH:mm} UTC by {active.InvokedBy}.");
        }
    }

    public static PlanInvocation Start(int number, PlanContent content, InvokePlan command, string actor, DateTimeOffset now, (TimeSpan? Rto, string? Of) rto)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(command);
        var steps = content.Steps.Select((s, i) => new StepProgress(i + 1, s.Title, s.Owner, s.ExpectedDuration)).ToList();
        return new PlanInvocation(number, now, actor, command.Reason.Trim(), command.MajorIncidentId, rto.Rto, rto.Of, steps);
    }

    public static PlanInvocation Complete(PlanInvocation invocation, CompleteStep command, string actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        ArgumentNullException.ThrowIfNull(command);
        var errors = new FieldErrors();
        errors.Text("note", command.Note, Reason, required: false);
        if (command.Step < 1 || command.Step > invocation.Steps.Count)
        {
            errors.Add("step", $"The plan has steps 1 to {invocation.Steps.Count}.");
        }

        errors.ThrowIfAny();
        var step = invocation.Steps[command.Step - 1];
        if (step.DoneAt is { } done)
        {
            throw new DomainValidationException("step", $"Step {command.Step} was checked off at {done:HH:mm} UTC by {step.DoneBy}.");
        }

        var steps = invocation.Steps.ToList();
        steps[command.Step - 1] = step with { DoneAt = now, DoneBy = actor, Note = string.IsNullOrWhiteSpace(command.Note) ? null : command.Note.Trim() };
        return invocation with { Steps = steps };
    }

    public static PlanInvocation End(PlanInvocation invocation, EndInvocation command, string actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        ArgumentNullException.ThrowIfNull(command);
        var errors = new FieldErrors();
        errors.Defined("outcome", command.Outcome);
        errors.Text("notes", command.Notes, Reason, required: command.Outcome == InvocationOutcome.StoodDown);
        errors.ThrowIfAny();
        bool? met = command.Outcome == InvocationOutcome.Recovered && invocation.Rto is { } rto ? now - invocation.InvokedAt <= rto : null;
        return Advance(invocation, now).Invocation with { EndedAt = now, EndedBy = actor, Outcome = command.Outcome, RtoMet = met };
    }

    /// <summary>The RTO levels the recovery reached by <paramref name="now"/> that it had not reached before, in order.</summary>
    public static (PlanInvocation Invocation, IReadOnlyList<SlaLevel> Reached) Advance(PlanInvocation invocation, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        if (!invocation.Active || invocation.Rto is not { } rto || RecoveryClock.Reached(now - invocation.InvokedAt, rto) is not { } highest
            || (invocation.Reached is { } before && highest <= before))
        {
            return (invocation, []);
        }

        var reached = SlaThresholds.Levels.Where(l => l <= highest && (invocation.Reached is null || l > invocation.Reached)).ToList();
        return (invocation with { Reached = highest }, reached);
    }

    /// <summary>When the next RTO level falls due; null when none is left or the recovery is not timed.</summary>
    public static DateTimeOffset? NextDueAt(PlanInvocation invocation)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        if (!invocation.Active || invocation.Rto is not { } rto)
        {
            return null;
        }

        var next = SlaThresholds.Levels.Where(l => invocation.Reached is null || l > invocation.Reached).Cast<SlaLevel?>().FirstOrDefault();
        return next is { } level ? RecoveryClock.DueAt(invocation.InvokedAt, rto, level) : null;
    }
}
