using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Problems;
using ItsmOrleans.Domain.Incidents;
using ItsmOrleans.Domain.Problems;

namespace ItsmOrleans.Grains.Problems;

/// <summary>
/// Applies problem commands to state and says what to record; null when a command changes nothing. Pure C#; the grain
/// adds versioning, persistence, the calls to linked incidents and the read model around it.
/// </summary>
public static class ProblemCommands
{
    /// <summary>Fills in a new problem; the grain has marked it created and numbered it.</summary>
    public static ProblemEvent Create(ProblemState state, CreateProblem command, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(command);
        state.Title = command.Title.Trim();
        state.Description = command.Description ?? "";
        state.Status = ProblemStatus.New;
        state.ServiceId = Blank(command.ServiceId);
        state.AssignmentGroup = Blank(command.AssignmentGroup);
        state.Assignee = Blank(command.Assignee);
        state.CreatedAt = now;
        var changes = new FieldChangeList();
        changes.Track("title", null, state.Title);
        changes.Track("serviceId", null, state.ServiceId);
        return new ProblemEvent("created", changes);
    }

    /// <summary>Changes the fields the command sets; a known error keeps a workaround or a cause.</summary>
    public static ProblemEvent? Update(ProblemState state, UpdateProblem command)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(command);
        var changes = new FieldChangeList();
        changes.Track("title", state.Title, command.Title?.Trim() ?? state.Title);
        changes.Track("description", state.Description, command.Description ?? state.Description);
        changes.Track("symptoms", state.Symptoms, Pick(command.Symptoms, state.Symptoms));
        changes.Track("cause", state.Cause, Pick(command.Cause, state.Cause));
        changes.Track("workaround", state.Workaround, Pick(command.Workaround, state.Workaround));
        changes.Track("serviceId", state.ServiceId, Pick(command.ServiceId, state.ServiceId));
        changes.Track("assignmentGroup", state.AssignmentGroup, Pick(command.AssignmentGroup, state.AssignmentGroup));
        changes.Track("assignee", state.Assignee, Pick(command.Assignee, state.Assignee));
        if (changes.Count == 0)
        {
            return null;
        }

        if (state.KnownError && command.Workaround is not null && Blank(command.Workaround) is null && Pick(command.Cause, state.Cause) is null)
        {
            throw new DomainValidationException("workaround", "A known error keeps a workaround or a cause; withdraw it as a known error first.");
        }

        state.Title = command.Title?.Trim() ?? state.Title;
        state.Description = command.Description ?? state.Description;
        (state.Symptoms, state.Cause, state.Workaround) = (Pick(command.Symptoms, state.Symptoms), Pick(command.Cause, state.Cause), Pick(command.Workaround, state.Workaround));
        (state.ServiceId, state.AssignmentGroup, state.Assignee) =
            (Pick(command.ServiceId, state.ServiceId), Pick(command.AssignmentGroup, state.AssignmentGroup), Pick(command.Assignee, state.Assignee));
        return new ProblemEvent("updated", changes);
    }

    /// <summary>Publishes or withdraws the problem as a known error, which needs a workaround or a cause for agents to apply.</summary>
    public static ProblemEvent? SetKnownError(ProblemState state, bool knownError)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.KnownError == knownError)
        {
            return null;
        }

        if (knownError && state.Workaround is null && state.Cause is null)
        {
            throw new DomainValidationException("workaround", "A known error needs a workaround or a cause for agents to apply.");
        }

        state.KnownError = knownError;
        return new ProblemEvent(
            knownError ? "knownErrorPublished" : "knownErrorWithdrawn", [new FieldChange("knownError", (!knownError).ToString(), knownError.ToString())]);
    }

    /// <summary>Moves the problem as its workflow allows; resolving it records how.</summary>
    public static ProblemEvent Move(ProblemState state, MoveProblem command)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(command);
        ProblemRules.Validate(command);
        ProblemWorkflow.Table.EnsureAllowed(state.Status, command.To, new ProblemTransitionRequest(command, state.Cause));
        var changes = new FieldChangeList();
        changes.Track<Enum>("status", state.Status, command.To);
        state.Status = command.To;
        if (command.To == ProblemStatus.Resolved)
        {
            changes.Track<Enum?>("resolution", state.Resolution, command.Resolution);
            (state.Resolution, state.ResolutionNotes) = (command.Resolution, command.Notes?.Trim());
        }

        return new ProblemEvent("statusChanged", changes, Blank(command.Notes));
    }

    /// <summary>The problem's own fields may change while it is open.</summary>
    public static void EnsureOpen(ProblemState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (ProblemWorkflow.IsFinal(state.Status))
        {
            throw new DomainValidationException("status", $"{state.Number} is {ProblemWorkflow.Name(state.Status)}.");
        }
    }

    private static string? Pick(string? requested, string? current) => requested is null ? current : Blank(requested);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
