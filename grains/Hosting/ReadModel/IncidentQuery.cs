using ItsmOrleans.Contracts.Incidents;

namespace ItsmOrleans.Hosting.ReadModel;

/// <summary>Filters for the incident list; empty filters match everything. Results are newest first.</summary>
/// <param name="After">The cursor returned with the previous page; null for the first page.</param>
/// <param name="Requester">Only incidents raised by this requester (how a requester sees only their own).</param>
/// <param name="SlaPolicyId">Only incidents under this SLA policy (how the SLA repair finds them).</param>
/// <param name="OrUnknownSlaPolicy">
/// With <paramref name="SlaPolicyId"/>: also the incidents whose row does not know its policy (written before it kept
/// one); the SLA repair asks each of them.
/// </param>
/// <param name="Numbers">Only these incident numbers (how an agent picks an incident by the number people quote).</param>
public sealed record IncidentQuery(
    IReadOnlyList<IncidentStatus> Statuses,
    IReadOnlyList<Priority> Priorities,
    string? ServiceId,
    string? AssignmentGroup,
    string? Assignee,
    int Limit,
    string? After,
    string? Requester = null,
    IReadOnlyList<string>? Numbers = null,
    string? SlaPolicyId = null,
    bool OrUnknownSlaPolicy = false);
