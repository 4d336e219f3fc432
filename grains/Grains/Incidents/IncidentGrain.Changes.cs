using ItsmOrleans.Contracts.Boards;
using ItsmOrleans.Contracts.Changes;
using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Domain.Incidents;

namespace ItsmOrleans.Grains.Incidents;

/// <summary>How an incident records the change that caused it.</summary>
public sealed partial class IncidentGrain
{
    public Task<IncidentView> LinkCausingChange(CommandContext context, Guid changeId, string changeNumber)
    {
        var reference = new ChangeReference(changeId, changeNumber);

        // The change checked who may link; the incident only hides itself from those who may not see it.
        return Mutate(context with { ExpectedVersion = null }, reference, IncidentAccess.EnsureCanSee, _ =>
        {
            if (State.CausedByChange == reference)
            {
                return null;
            }

            var changes = new FieldChangeList();
            changes.Track("causedByChange", State.CausedByChange?.Number, changeNumber);
            State.CausedByChange = reference;
            return new IncidentChange(HistoryKind.LinkedToChange, changes, ActivityKind.Updated, $"caused by change {changeNumber}");
        });
    }
}
