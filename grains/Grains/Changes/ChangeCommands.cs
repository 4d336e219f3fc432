using ItsmOrleans.Contracts.Changes;
using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Domain.Changes;
using ItsmOrleans.Domain.Incidents;

namespace ItsmOrleans.Grains.Changes;

/// <summary>
/// Applies change commands to state: validate everything first, then change the state and describe the change.
/// Pure C#; the grain adds versioning, persistence, assessment and publishing around it.
/// </summary>
public static class ChangeCommands
{
    public static ChangeEvent Create(ChangeState state, CreateChange command, ChangeTemplate? template, string number, string requestedBy, DateTimeOffset now)
    {
        ChangeRules.Validate(command);
        if (command.Type == ChangeType.Standard)
        {
            EnsureFits(template ?? throw new DomainValidationException("templateId", $"There is no standard change template '{command.TemplateId}'."),
                command.ServiceId, command.Window);
        }

        state.Created = true;
        state.Number = number;
        state.Type = command.Type;
        state.Status = ChangeStatus.New;
        state.Title = command.Title.Trim();
        state.Description = command.Description ?? "";
        state.ServiceId = Blank(command.ServiceId);
        state.TemplateId = template?.Id;
        state.Impact = Blank(command.Impact);
        state.ImplementationPlan = template?.ImplementationPlan ?? Blank(command.ImplementationPlan);
        state.BackoutPlan = template?.BackoutPlan ?? Blank(command.BackoutPlan);
        state.TestPlan = Blank(command.TestPlan);
        state.Alternatives = [.. command.Alternatives ?? []];
        state.Implementer = Blank(command.Implementer);
        state.RequestedBy = requestedBy;
        state.Window = command.Window;
        state.RiskAnswers = command.Type == ChangeType.Standard ? null : command.RiskAnswers;
        state.CreatedAt = now;

        var changes = new FieldChangeList();
        changes.Track<Enum?>("type", null, state.Type);
        changes.Track<Enum?>("status", null, state.Status);
        changes.Track("title", null, state.Title);
        changes.Track("serviceId", null, state.ServiceId);
        changes.Track("templateId", null, state.TemplateId);
        changes.Track("implementer", null, state.Implementer);
        changes.Track("window", null, Describe(state.Window));
        return new ChangeEvent(ChangeHistoryKind.Created, changes);
    }

    public static ChangeEvent? Update(ChangeState state, UpdateChange command, ChangeTemplate? template)
    {
        ChangeRules.Validate(command);
        if (ChangeWorkflow.IsFinal(state.Status))
        {
            throw new DomainValidationException("status", $"{state.Number} is {ChangeWorkflow.Name(state.Status)}; it can no longer be edited.");
        }

        var service = command.ServiceId is null ? state.ServiceId : Blank(command.ServiceId);
        var implementer = command.Implementer is null ? state.Implementer : Blank(command.Implementer);
        var window = command.Window ?? state.Window;
        var implementationPlan = command.ImplementationPlan is null ? state.ImplementationPlan : Blank(command.ImplementationPlan);
        var backoutPlan = command.BackoutPlan is null ? state.BackoutPlan : Blank(command.BackoutPlan);
        var answers = command.RiskAnswers ?? state.RiskAnswers;

        var changes = new FieldChangeList();
        changes.Track("title", state.Title, command.Title?.Trim() ?? state.Title);
        changes.Track("description", state.Description, command.Description ?? state.Description);
        changes.Track("impact", state.Impact, command.Impact is null ? state.Impact : Blank(command.Impact));
        changes.Track("testPlan", state.TestPlan, command.TestPlan is null ? state.TestPlan : Blank(command.TestPlan));
        changes.Track("alternatives", Describe(state.Alternatives), Describe(command.Alternatives ?? state.Alternatives));
        var planning = new FieldChangeList();
        planning.Track("serviceId", state.ServiceId, service);
        planning.Track("implementer", state.Implementer, implementer);
        planning.Track("window", Describe(state.Window), Describe(window));
        planning.Track("implementationPlan", state.ImplementationPlan, implementationPlan);
        planning.Track("backoutPlan", state.BackoutPlan, backoutPlan);
        planning.Track("riskAnswers", state.RiskAnswers, answers);
        if (changes.Count == 0 && planning.Count == 0)
        {
            return null;
        }

        if (planning.Count > 0 && !ChangeWorkflow.IsPlanning(state.Status))
        {
            throw new DomainValidationException(
                planning[0].Field,
                $"{state.Number} is {ChangeWorkflow.Name(state.Status)}: its service, window, implementer, plans and risk answers are fixed. Move it back to planning to change them; it is then authorised again.");
        }

        if (state.Type == ChangeType.Standard)
        {
            if (command.ImplementationPlan is not null || command.BackoutPlan is not null || command.RiskAnswers is not null)
            {
                throw new DomainValidationException("implementationPlan", "A standard change follows its template's plans and needs no risk answers.");
            }

            EnsureFits(template ?? throw new DomainValidationException("templateId", $"The template '{state.TemplateId}' no longer exists."), service, window);
        }

        state.Title = command.Title?.Trim() ?? state.Title;
        state.Description = command.Description ?? state.Description;
        state.Impact = command.Impact is null ? state.Impact : Blank(command.Impact);
        state.TestPlan = command.TestPlan is null ? state.TestPlan : Blank(command.TestPlan);
        state.Alternatives = [.. command.Alternatives ?? state.Alternatives];
        (state.ServiceId, state.Implementer, state.Window, state.ImplementationPlan, state.BackoutPlan, state.RiskAnswers) =
            (service, implementer, window, implementationPlan, backoutPlan, answers);
        return new ChangeEvent(ChangeHistoryKind.DetailsUpdated, [.. changes, .. planning]);
    }

    /// <summary>
    /// Moves the change. <paramref name="assessment"/> is the change's risk and conflicts as of now, checked by the
    /// guards; an override reason accepts the conflicts it lists.
    /// </summary>
    public static ChangeEvent Move(ChangeState state, MoveChange command, ChangeAssessment assessment, string actor, int requiredApprovals, DateTimeOffset now)
    {
        ChangeRules.Validate(command);
        var unresolved = Unresolved(assessment.Conflicts, state.Override);
        var probe = new ChangeTransitionRequest(state, command, unresolved, requiredApprovals);
        ChangeWorkflow.For(state.Type).EnsureAllowed(state.Status, command.To, probe);

        var changes = new FieldChangeList();
        if (assessment.Risk is { } risk && ChangeWorkflow.IsPlanning(state.Status))
        {
            // Submitting fixes the risk the CAB decides on.
            changes.Track<Enum?>("risk", state.Risk?.Level, risk.Level);
            (state.Risk, state.ServiceCriticality) = (risk, assessment.ServiceCriticality);
        }

        changes.Track<Enum>("status", state.Status, command.To);
        if (unresolved.Count > 0 && !string.IsNullOrWhiteSpace(command.OverrideReason))
        {
            state.Override = new ConflictOverride(command.OverrideReason.Trim(), actor, now, [.. assessment.Conflicts.Select(c => c.Key)]);
            changes.Track("conflictOverride", null, $"{unresolved.Count} conflict(s): {state.Override.Reason}");
        }

        if (command.To == ChangeStatus.Authorize || ChangeWorkflow.IsPlanning(command.To))
        {
            // Every submission is a new round of votes.
            state.Approvals = [];
        }

        if (command.To == ChangeStatus.Review)
        {
            changes.Track<Enum?>("outcome", state.Outcome, command.Outcome);
            state.Outcome = command.Outcome;
        }

        if (command.To is ChangeStatus.Closed or ChangeStatus.Cancelled && !string.IsNullOrWhiteSpace(command.Notes))
        {
            state.ClosureNotes = command.Notes.Trim();
        }

        state.Status = command.To;
        return new ChangeEvent(ChangeHistoryKind.StatusChanged, changes, Blank(command.Notes));
    }

    /// <summary>Records a vote, replacing the approver's earlier vote in this round, and applies the round's decision.</summary>
    public static ChangeEvent Vote(ChangeState state, VoteOnChange command, string approver, int requiredApprovals, DateTimeOffset now)
    {
        state.Approvals.RemoveAll(a => string.Equals(a.Approver, approver, StringComparison.OrdinalIgnoreCase));
        state.Approvals.Add(new Approval(approver, command.Vote, Blank(command.Comment), now));
        var changes = new FieldChangeList();
        changes.Track<Enum?>("vote", null, command.Vote);
        switch (ChangeAuthorisation.Decide(state.Approvals, requiredApprovals))
        {
            case AuthorisationDecision.Authorised:
                changes.Track<Enum>("status", state.Status, ChangeStatus.Scheduled);
                state.Status = ChangeStatus.Scheduled;
                return new ChangeEvent(ChangeHistoryKind.Authorised, changes,
                    $"Authorised by {string.Join(", ", state.Approvals.Where(a => a.Vote == ApprovalVote.Approve).Select(a => a.Approver))}");
            case AuthorisationDecision.Rejected:
                var back = state.Type == ChangeType.Emergency ? ChangeStatus.New : ChangeStatus.Assess;
                changes.Track<Enum>("status", state.Status, back);
                state.Status = back;
                state.Approvals = [];
                return new ChangeEvent(ChangeHistoryKind.Rejected, changes, $"Rejected by {approver}: {command.Comment}");
            default:
                return new ChangeEvent(ChangeHistoryKind.Voted, changes, Blank(command.Comment));
        }
    }

    /// <summary>Stores a fresh assessment; returns the history entry it deserves, if the risk level or the conflicts changed.</summary>
    public static ChangeEvent? Reassess(ChangeState state, ChangeAssessment assessment)
    {
        var changes = new FieldChangeList();
        if (assessment.Risk is { } risk && ChangeWorkflow.IsPlanning(state.Status))
        {
            changes.Track<Enum?>("risk", state.Risk?.Level, risk.Level);
            state.Risk = risk;
            state.ServiceCriticality = assessment.ServiceCriticality;
        }

        var before = string.Join(", ", state.Conflicts.Select(c => c.Key));
        var after = string.Join(", ", assessment.Conflicts.Select(c => c.Key));
        changes.Track("conflicts", before.Length == 0 ? null : before, after.Length == 0 ? null : after);
        state.Conflicts = [.. assessment.Conflicts];
        return changes.Count == 0 ? null
            : new ChangeEvent(changes.Exists(c => c.Field == "conflicts") ? ChangeHistoryKind.ConflictsChanged : ChangeHistoryKind.RiskAssessed, changes);
    }

    public static ChangeEvent? LinkIncident(ChangeState state, Guid incidentId, string incidentNumber, string actor, DateTimeOffset now)
    {
        if (state.CausedIncidents.Exists(i => i.Id == incidentId))
        {
            return null;
        }

        state.CausedIncidents.Add(new LinkedIncident(incidentId, incidentNumber, actor, now));
        var changes = new FieldChangeList();
        changes.Track("causedIncident", null, incidentNumber);
        return new ChangeEvent(ChangeHistoryKind.IncidentLinked, changes);
    }

    public static IReadOnlyList<ChangeConflict> Unresolved(IReadOnlyList<ChangeConflict> conflicts, ConflictOverride? accepted) =>
        [.. conflicts.Where(c => accepted is null || !accepted.ConflictKeys.Contains(c.Key))];

    private static void EnsureFits(ChangeTemplate template, string? serviceId, ChangeWindow? window)
    {
        if (template.ServiceIds.Count > 0 && (serviceId is null || !template.ServiceIds.Contains(serviceId)))
        {
            throw new DomainValidationException("serviceId", $"The template '{template.Id}' applies to {string.Join(", ", template.ServiceIds)} only.");
        }

        if (window is not null && window.Duration > template.MaxDuration)
        {
            throw new DomainValidationException("window", $"The template '{template.Id}' allows windows of at most {template.MaxDuration}.");
        }
    }

    private static string? Describe(ChangeWindow? window) =>
        window is null ? null : $"{FieldChangeList.Format(window.Start)} – {FieldChangeList.Format(window.End)}";

    private static string? Describe(IReadOnlyList<Alternative> alternatives) =>
        alternatives.Count == 0 ? null : string.Join("; ", alternatives.Select(a => $"{a.Description} (rejected: {a.WhyRejected})"));

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
