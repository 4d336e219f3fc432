using ItsmOrleans.Contracts.Continuity;
using ItsmOrleans.Domain.Continuity;
using ItsmOrleans.Domain.Incidents;

namespace ItsmOrleans.Grains.Continuity;

/// <summary>
/// Applies plan commands to state and says what to record; null when a command changes nothing. Pure C#; the grain adds
/// versioning, persistence, the reference checks and the read model around it.
/// </summary>
public static class PlanCommands
{
    /// <summary>Fills in a new plan as a draft; the grain has marked it created and numbered it.</summary>
    public static PlanEvent Record(PlanState state, PlanContent content, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        state.Content = PlanRules.Normalise(content);
        state.Status = PlanStatus.Draft;
        state.CreatedAt = now;
        var changes = new FieldChangeList();
        Track(changes, null, state.Content);
        return new PlanEvent("recorded", changes);
    }

    /// <summary>Replaces what the plan says. An approved plan that changes becomes a draft: its new text is not approved yet.</summary>
    public static PlanEvent? Revise(PlanState state, PlanContent content)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Status == PlanStatus.Retired)
        {
            throw new Contracts.Common.DomainValidationException("status", $"{state.Number} is retired; reinstate it first.");
        }

        var revised = PlanRules.Normalise(content);
        var changes = new FieldChangeList();
        Track(changes, state.Content, revised);
        if (changes.Count == 0)
        {
            return null;
        }

        state.Content = revised;
        if (state.Status != PlanStatus.Approved)
        {
            return new PlanEvent("revised", changes);
        }

        changes.Track<Enum>("status", PlanStatus.Approved, PlanStatus.Draft);
        state.Status = PlanStatus.Draft;
        return new PlanEvent("revised", changes, $"Revision {state.ApprovedRevision} stays the last approved text until this one is approved.");
    }

    /// <summary>Moves the plan as its workflow allows; approving records who approved which revision.</summary>
    public static PlanEvent Move(PlanState state, MovePlan command, string actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(command);
        PlanRules.Validate(command);
        PlanWorkflow.Table.EnsureAllowed(state.Status, command.To, new PlanTransitionRequest(command, state.Content!));
        var changes = new FieldChangeList();
        changes.Track<Enum>("status", state.Status, command.To);
        state.Status = command.To;
        if (command.To == PlanStatus.Approved)
        {
            state.ApprovedRevision++;
            (state.ApprovedBy, state.ApprovedAt) = (actor, now);
            changes.Track("approvedRevision", (state.ApprovedRevision - 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                state.ApprovedRevision.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return new PlanEvent(command.To == PlanStatus.Approved ? "approved" : "statusChanged", changes, string.IsNullOrWhiteSpace(command.Notes) ? null : command.Notes.Trim());
    }

    private static void Track(FieldChangeList changes, PlanContent? before, PlanContent after)
    {
        changes.Track("title", before?.Title, after.Title);
        changes.Track("scenario", before?.Scenario, after.Scenario);
        changes.Track("serviceIds", Joined(before?.ServiceIds), Joined(after.ServiceIds));
        changes.Track("invocationCriteria", before?.InvocationCriteria, after.InvocationCriteria);
        changes.Track("decisionMakers", Joined(before?.DecisionMakers), Joined(after.DecisionMakers));
        changes.Track("contacts", Joined(before?.Contacts.Select(c => $"{c.Role}: {c.Name}")), Joined(after.Contacts.Select(c => $"{c.Role}: {c.Name}")));
        changes.Track("steps", Joined(before?.Steps.Select(Text)), Joined(after.Steps.Select(Text)));
        changes.Track("fallback", Text(before?.Fallback), Text(after.Fallback));
        changes.Track("reviewBy", before?.ReviewBy, after.ReviewBy);
        changes.Track("exerciseEveryMonths", before?.ExerciseEveryMonths.ToString(System.Globalization.CultureInfo.InvariantCulture),
            after.ExerciseEveryMonths.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static string? Joined(IEnumerable<string>? values) => values is null ? null : string.Join("; ", values);

    private static string Text(RecoveryStep step) => $"{step.Title} ({step.Owner}, {step.ExpectedDuration:c})";

    private static string? Text(FallbackArrangement? fallback) =>
        fallback is null ? null : fallback.VendorContractId is { } contract ? $"{fallback.Description} (contract {contract})" : fallback.Description;
}
