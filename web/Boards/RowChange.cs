using ItsmOrleans.Contracts.Incidents;

namespace ItsmOrleans.Web.Boards;

/// <summary>An incident row before and after a change; <see cref="After"/> is null when the incident left the board (closed or cancelled).</summary>
public sealed record RowChange(IncidentSummary? Before, IncidentSummary? After, Guid Id);
