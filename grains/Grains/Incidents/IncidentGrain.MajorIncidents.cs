using ItsmOrleans.Contracts.Boards;
using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.MajorIncidents;
using ItsmOrleans.Domain.Incidents;

namespace ItsmOrleans.Grains.Incidents;

/// <summary>How an incident joins and leaves a major incident.</summary>
public sealed partial class IncidentGrain
{
    // The major incident checked who may do this; the incident only hides itself from those who may not see it.
    public Task<IncidentView> JoinMajorIncident(CommandContext context, MajorIncidentReference majorIncident) =>
        Mutate(context with { ExpectedVersion = null }, majorIncident, IncidentAccess.EnsureCanSee, _ =>
        {
            if (State.MajorIncident == majorIncident)
            {
                return null;
            }

            if (State.MajorIncident is { } other)
            {
                throw new DomainValidationException("incidentId", $"{State.Number} is already handled under {other.Number}.");
            }

            var changes = new FieldChangeList();
            changes.Track("majorIncident", null, majorIncident.Number);
            State.MajorIncident = majorIncident;
            return new IncidentChange(HistoryKind.JoinedMajorIncident, changes, ActivityKind.Updated, $"handled under major incident {majorIncident.Number}");
        });

    public Task<IncidentView> LeaveMajorIncident(CommandContext context, Guid majorIncidentId) =>
        Mutate(context with { ExpectedVersion = null }, ("leave", majorIncidentId), IncidentAccess.EnsureCanSee, _ =>
        {
            if (State.MajorIncident is not { } current || current.Id != majorIncidentId)
            {
                return null;
            }

            var changes = new FieldChangeList();
            changes.Track("majorIncident", current.Number, null);
            State.MajorIncident = null;
            return new IncidentChange(HistoryKind.LeftMajorIncident, changes, ActivityKind.Updated, $"no longer under {current.Number}");
        });
}
