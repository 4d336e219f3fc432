using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Risks;
using ItsmOrleans.Domain.Incidents;
using ItsmOrleans.Domain.Risks;

namespace ItsmOrleans.Grains.Risks;

/// <summary>
/// Applies risk commands to state and says what to record; null when a command changes nothing. Pure C#; the grain adds
/// versioning, persistence, the reference checks and the read model around it.
/// </summary>
public static class RiskCommands
{
    /// <summary>Fills in a new risk; the grain has marked it created and numbered it.</summary>
    public static RiskEvent Record(RiskState state, RecordRisk command, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(command);
        state.Title = command.Title.Trim();
        state.Description = command.Description?.Trim() ?? "";
        state.Cause = Blank(command.Cause);
        state.Category = command.Category;
        state.Status = RiskStatus.Identified;
        state.Owner = command.Owner.Trim();
        state.Links = Normalised(command.Links ?? RiskLinks.None);
        state.Inherent = command.Inherent;
        state.ReviewBy = command.ReviewBy;
        state.CreatedAt = now;
        var changes = new FieldChangeList();
        changes.Track("title", null, state.Title);
        changes.Track<Enum?>("category", null, state.Category);
        changes.Track("owner", null, state.Owner);
        changes.Track("inherent", null, Text(state.Inherent));
        return new RiskEvent("recorded", changes);
    }

    /// <summary>Changes the fields the command sets; lists it sets replace the whole list.</summary>
    public static RiskEvent? Update(RiskState state, UpdateRisk command)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(command);
        EnsureOpen(state);
        var inherent = command.Inherent ?? state.Inherent;
        var residual = command.Residual ?? state.Residual;
        RiskRules.EnsureResidualWithinInherent(inherent, residual);

        var links = command.Links is null ? state.Links : Normalised(command.Links);
        var controls = command.Controls?.Select(c => c.Trim()).ToList() ?? state.Controls;
        var actions = command.Actions?.Select(a => a with { Description = a.Description.Trim(), Owner = a.Owner.Trim() }).ToList() ?? state.Actions;
        var alternatives = command.Alternatives?.Select(a => a with { Description = a.Description.Trim(), WhyRejected = a.WhyRejected.Trim() }).ToList() ?? state.Alternatives;
        var changes = new FieldChangeList();
        changes.Track("title", state.Title, command.Title?.Trim() ?? state.Title);
        changes.Track("description", state.Description, command.Description?.Trim() ?? state.Description);
        changes.Track("cause", state.Cause, command.Cause is null ? state.Cause : Blank(command.Cause));
        changes.Track<Enum?>("category", state.Category, command.Category ?? state.Category);
        changes.Track("owner", state.Owner, command.Owner?.Trim() ?? state.Owner);
        changes.Track("links", Text(state.Links), Text(links));
        changes.Track("inherent", Text(state.Inherent), Text(inherent));
        changes.Track("residual", Text(state.Residual), Text(residual));
        changes.Track<Enum?>("treatment", state.Treatment, command.Treatment ?? state.Treatment);
        changes.Track("controls", string.Join("; ", state.Controls), string.Join("; ", controls));
        changes.Track("actions", string.Join("; ", state.Actions.Select(Text)), string.Join("; ", actions.Select(Text)));
        changes.Track("alternatives", string.Join("; ", state.Alternatives.Select(a => a.Description)), string.Join("; ", alternatives.Select(a => a.Description)));
        changes.Track("reviewBy", state.ReviewBy, command.ReviewBy ?? state.ReviewBy);
        if (changes.Count == 0)
        {
            return null;
        }

        state.Title = command.Title?.Trim() ?? state.Title;
        state.Description = command.Description?.Trim() ?? state.Description;
        state.Cause = command.Cause is null ? state.Cause : Blank(command.Cause);
        state.Category = command.Category ?? state.Category;
        state.Owner = command.Owner?.Trim() ?? state.Owner;
        (state.Links, state.Inherent, state.Residual) = (links, inherent, residual);
        state.Treatment = command.Treatment ?? state.Treatment;
        (state.Controls, state.Actions, state.Alternatives) = (controls, actions, alternatives);
        state.ReviewBy = command.ReviewBy ?? state.ReviewBy;
        return new RiskEvent("updated", changes);
    }

    /// <summary>Moves the risk as its workflow allows.</summary>
    public static RiskEvent Move(RiskState state, MoveRisk command)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(command);
        RiskRules.Validate(command);
        RiskWorkflow.Table.EnsureAllowed(state.Status, command.To, new RiskTransitionRequest(
            command, state.Inherent, state.Residual, state.Treatment, state.Controls.Count + state.Actions.Count, state.ReviewBy));
        var changes = new FieldChangeList();
        changes.Track<Enum>("status", state.Status, command.To);
        state.Status = command.To;
        return new RiskEvent("statusChanged", changes, Blank(command.Notes));
    }

    /// <summary>A closed risk is reopened before it is edited.</summary>
    public static void EnsureOpen(RiskState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (!RiskWorkflow.IsOpen(state.Status))
        {
            throw new DomainValidationException("status", $"{state.Number} is closed; reopen it first.");
        }
    }

    private static RiskLinks Normalised(RiskLinks links) => new(
        [.. links.Services.Select(s => s.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)],
        [.. links.Changes.Distinct()],
        [.. links.Problems.Distinct()],
        [.. links.Contracts.Select(c => c.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)]);

    private static string? Text(RiskRating? assessment) =>
        assessment is null ? null : $"impact {assessment.Impact} × likelihood {assessment.Likelihood} = {assessment.Score}";

    private static string Text(RiskLinks links) => string.Join("; ",
        links.Services.Select(s => "service " + s)
            .Concat(links.Changes.Select(c => "change " + c))
            .Concat(links.Problems.Select(p => "problem " + p))
            .Concat(links.Contracts.Select(c => "contract " + c)));

    private static string Text(RiskAction action) => $"{action.Description} ({action.Owner}{(action.Due is { } due ? ", due " + due.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "")}{(action.Done ? ", done" : "")})";

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
