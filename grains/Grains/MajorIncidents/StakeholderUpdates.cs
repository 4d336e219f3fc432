using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.MajorIncidents;
using ItsmOrleans.Contracts.Validation;
using ItsmOrleans.Domain.MajorIncidents;

namespace ItsmOrleans.Grains.MajorIncidents;

/// <summary>How a major incident keeps stakeholders informed: updates, the cadence, and the due-soon and overdue marks.</summary>
public static class StakeholderUpdates
{
    /// <summary>Posts a note, or a stakeholder update (only while active), which sets when the next one is due.</summary>
    public static void Post(MajorIncidentState state, string text, bool stakeholderUpdate, string actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        MajorIncidentRules.ValidateText("text", text, TextLimits.CommentText);
        if (stakeholderUpdate)
        {
            if (state.Status != MajorIncidentStatus.Active)
            {
                throw new DomainValidationException("stakeholderUpdate", $"{state.Number} is not active; post a note instead.");
            }

            state.LastUpdateAt = now;
            state.NextUpdateDue = UpdateCadence.NextDue(now, state.Cadence);
        }

        MajorIncidentTimeline.Add(state, now, actor, stakeholderUpdate ? TimelineEntryKind.StakeholderUpdate : TimelineEntryKind.Note, text.Trim());
    }

    /// <summary>Sets how often stakeholders hear; the next update is due a cadence after the last. False when it is the cadence already.</summary>
    public static bool ChangeCadence(MajorIncidentState state, TimeSpan cadence, MajorIncidentOptions options, string actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        MajorIncidentRules.ValidateCadence(cadence, options);
        MajorIncidentWorkflow.EnsureNotFinal(state.Status, state.Number);
        if (cadence == state.Cadence)
        {
            return false;
        }

        state.Cadence = cadence;
        state.NextUpdateDue = UpdateCadence.NextDue(state.LastUpdateAt ?? state.PromotedAt, cadence);
        MajorIncidentTimeline.Add(state, now, actor, TimelineEntryKind.CadenceChanged, $"Stakeholder updates every {cadence}");
        return true;
    }

    /// <summary>
    /// Marks the stakeholder update due soon or overdue on the timeline once it is; true when that mark needs saving
    /// (saving sets the banner's state). A state that needs no mark is kept as it is.
    /// </summary>
    public static bool MarkDue(MajorIncidentState state, TimeSpan warning, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        var due = UpdateCadence.StateAt(state.Status, state.NextUpdateDue, warning, now);
        if (due == state.UpdateDue)
        {
            return false;
        }

        if (due is not (UpdateDueState.DueSoon or UpdateDueState.Overdue))
        {
            state.UpdateDue = due;
            return false;
        }

        var kind = due == UpdateDueState.DueSoon ? TimelineEntryKind.UpdateDueSoon : TimelineEntryKind.UpdateOverdue;
        MajorIncidentTimeline.Add(state, now, "system", kind, due == UpdateDueState.DueSoon
            ? $"Stakeholder update due at {state.NextUpdateDue:HH:mm} UTC"
            : $"Stakeholder update overdue since {state.NextUpdateDue:HH:mm} UTC");
        return true;
    }
}
