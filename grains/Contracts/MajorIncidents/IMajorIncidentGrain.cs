using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Security;

namespace ItsmOrleans.Contracts.MajorIncidents;

/// <summary>
/// One major incident, keyed by its id: an incident commander, child incidents, a timeline, stakeholder updates at a
/// set cadence (a reminder marks them due soon and overdue), and a post-incident review before it closes.
/// Mutations are versioned and idempotent by request id like incidents.
/// </summary>
public interface IMajorIncidentGrain : IGrainWithGuidKey
{
    Task<MajorIncidentView> Promote(CommandContext context, PromoteIncidents command);

    Task<MajorIncidentView> Get(Caller caller);

    Task<MajorIncidentView> AddChild(CommandContext context, Guid incidentId);

    Task<MajorIncidentView> RemoveChild(CommandContext context, Guid incidentId);

    Task<MajorIncidentView> ChangeCommander(CommandContext context, string commander);

    /// <summary>A stakeholder update (resets the cadence) or, when <paramref name="stakeholderUpdate"/> is false, a working note.</summary>
    Task<MajorIncidentView> Post(CommandContext context, string text, bool stakeholderUpdate);

    Task<MajorIncidentView> ChangeCadence(CommandContext context, TimeSpan cadence);

    Task<MajorIncidentView> Move(CommandContext context, MoveMajorIncident command);

    Task<MajorIncidentView> RecordReview(CommandContext context, PostIncidentReview review);

    /// <summary>A child incident changed; its state changes go on the timeline.</summary>
    [OneWay]
    Task OnChildChanged(IncidentSummary incident);
}
