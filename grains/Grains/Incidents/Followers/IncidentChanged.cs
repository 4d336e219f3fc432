using ItsmOrleans.Contracts.Boards;
using ItsmOrleans.Contracts.Incidents;

namespace ItsmOrleans.Grains.Incidents.Followers;

/// <summary>What an incident tells those that follow it after each change it committed.</summary>
/// <param name="Row">Its new list row.</param>
/// <param name="PreviousService">The service it left, when it moved to another.</param>
/// <param name="Line">What happened, as a feed line; none for a change that is not news (a catch-up after a crash).</param>
public sealed record IncidentChanged(IncidentSummary Row, string? PreviousService, Guid? MajorIncidentId, Guid? ProblemId, BoardActivity? Line);
