using ItsmOrleans.Contracts.Problems;
using ItsmOrleans.Domain.Problems;
using ItsmOrleans.Grains.Commands;
using ItsmOrleans.Grains.Idempotency;

namespace ItsmOrleans.Grains.Problems;

/// <summary>The persisted state of one problem, history included.</summary>
[GenerateSerializer, Alias("itsm.ProblemState")]
public sealed class ProblemState : IVersionedState
{
    [Id(0)] public bool Created { get; set; }
    [Id(1)] public string Number { get; set; } = "";
    [Id(2)] public string Title { get; set; } = "";
    [Id(3)] public string Description { get; set; } = "";
    [Id(4)] public ProblemStatus Status { get; set; }
    [Id(5)] public string? ServiceId { get; set; }
    [Id(6)] public string? Symptoms { get; set; }
    [Id(7)] public string? Cause { get; set; }
    [Id(8)] public string? Workaround { get; set; }
    [Id(9)] public bool KnownError { get; set; }
    [Id(10)] public ProblemResolution? Resolution { get; set; }
    [Id(11)] public string? ResolutionNotes { get; set; }
    [Id(12)] public string? AssignmentGroup { get; set; }
    [Id(13)] public string? Assignee { get; set; }
    [Id(14)] public List<LinkedProblemIncident> Incidents { get; set; } = [];
    [Id(15)] public DateTimeOffset CreatedAt { get; set; }
    [Id(16)] public DateTimeOffset UpdatedAt { get; set; }
    [Id(17)] public int Version { get; set; }
    [Id(18)] public int Revision { get; set; }
    [Id(19)] public List<ProblemHistoryEntry> History { get; set; } = [];
    [Id(20)] public List<AppliedRequest> RecentRequests { get; set; } = [];
    [Id(21)] public AppliedRequest? CreateRequest { get; set; }

    /// <summary>The problem as GET /api/problems/{id} returns it.</summary>
    public ProblemView ToView(Guid id) => new(
        id, Number, Title, Description, Status, ServiceId, Symptoms, Cause, Workaround, KnownError, Resolution,
        ResolutionNotes, AssignmentGroup, Assignee, [.. Incidents], CreatedAt, UpdatedAt, Version,
        ProblemWorkflow.Table.AllowedFrom(Status));
}
