using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.MajorIncidents;
using ItsmOrleans.Contracts.Validation;
using ItsmOrleans.Domain.MajorIncidents;

namespace ItsmOrleans.Grains.MajorIncidents;

/// <summary>How a major incident keeps stakeholders informed: updates, the cadence, and the due-soon and overdue marks fired on time.</summary>
public sealed partial class MajorIncidentGrain
{
    private const string UpdateReminder = "update-due";

    private static readonly TimeSpan ReminderPeriod = TimeSpan.FromMinutes(1);

    private IGrainTimer? _timer;

    private bool _reminderRegistered;

    private TimeSpan Warning => UpdateCadence.Warning(State.Cadence, options.Value.DueSoonWarning);

    public Task<MajorIncidentView> Post(CommandContext context, string text, bool stakeholderUpdate) =>
        Mutate(context, (stakeholderUpdate, text), now =>
        {
            MajorIncidentRules.ValidateText("text", text, TextLimits.CommentText);
            if (stakeholderUpdate)
            {
                if (State.Status != MajorIncidentStatus.Active)
                {
                    throw new DomainValidationException("stakeholderUpdate", $"{State.Number} is not active; post a note instead.");
                }

                State.LastUpdateAt = now;
                State.NextUpdateDue = UpdateCadence.NextDue(now, State.Cadence);
            }

            Add(now, context.Actor, stakeholderUpdate ? TimelineEntryKind.StakeholderUpdate : TimelineEntryKind.Note, text.Trim());
            return Task.FromResult(true);
        });

    public Task<MajorIncidentView> ChangeCadence(CommandContext context, TimeSpan cadence) =>
        Mutate(context, ("cadence", cadence), now =>
        {
            MajorIncidentRules.ValidateCadence(cadence, options.Value);
            EnsureNotFinal();
            if (cadence == State.Cadence)
            {
                return Task.FromResult(false);
            }

            State.Cadence = cadence;
            State.NextUpdateDue = UpdateCadence.NextDue(State.LastUpdateAt ?? State.PromotedAt, cadence);
            Add(now, context.Actor, TimelineEntryKind.CadenceChanged, $"Stakeholder updates every {cadence}");
            return Task.FromResult(true);
        });

    public Task ReceiveReminder(string reminderName, TickStatus status) => CheckCadence();

    /// <summary>
    /// Marks the stakeholder update due soon or overdue once it is, on the timeline and the banner, and plans the next
    /// wake-up: a timer for precision, a reminder for after a crash. Nothing is planned once the major incident is not active.
    /// </summary>
    private async Task CheckCadence()
    {
        var now = time.GetUtcNow();
        var due = UpdateCadence.StateAt(State.Status, State.NextUpdateDue, Warning, now);
        if (due != State.UpdateDue && due is UpdateDueState.DueSoon or UpdateDueState.Overdue)
        {
            var kind = due == UpdateDueState.DueSoon ? TimelineEntryKind.UpdateDueSoon : TimelineEntryKind.UpdateOverdue;
            Add(now, "system", kind, due == UpdateDueState.DueSoon
                ? $"Stakeholder update due at {State.NextUpdateDue:HH:mm} UTC"
                : $"Stakeholder update overdue since {State.NextUpdateDue:HH:mm} UTC");
            await Save(now, bumpVersion: false);
        }
        else if (due != State.UpdateDue)
        {
            State.UpdateDue = due;
        }

        _timer?.Dispose();
        _timer = null;
        if (UpdateCadence.NextChange(State.Status, State.NextUpdateDue, Warning, now) is { } next)
        {
            _timer = this.RegisterGrainTimer(_ => CheckCadence(), new GrainTimerCreationOptions(Max(next - now, TimeSpan.Zero), Timeout.InfiniteTimeSpan));
        }

        if (State.Status == MajorIncidentStatus.Active && !_reminderRegistered)
        {
            await this.RegisterOrUpdateReminder(UpdateReminder, ReminderPeriod, ReminderPeriod);
            _reminderRegistered = true;
        }
        else if (State.Status != MajorIncidentStatus.Active && await this.GetReminder(UpdateReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
            _reminderRegistered = false;
        }
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
