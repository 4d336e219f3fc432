using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.MajorIncidents;
using ItsmOrleans.Contracts.Naming;
using ItsmOrleans.Domain.Workflows;
using static ItsmOrleans.Contracts.MajorIncidents.MajorIncidentStatus;

namespace ItsmOrleans.Domain.MajorIncidents;

/// <summary>
/// Active → Resolved (service restored) → Review → Closed once the post-incident review is recorded; Resolved can
/// reopen to Active; an Active major incident promoted by mistake can be cancelled.
/// </summary>
public static class MajorIncidentWorkflow
{
    public static Workflow<MajorIncidentStatus, MajorIncidentTransitionRequest> Table { get; } = new(
    [
        new(Active, Resolved, NeedsNote("Say how service was restored.")),
        new(Active, Cancelled, NeedsNote("Say why this is not a major incident.")),
        new(Resolved, Active, NeedsNote("Say why the major incident is back.")),
        new(Resolved, Review),
        new(Review, Closed, NeedsReview),
    ],
    Name);

    public static string Name(MajorIncidentStatus status) => WireName.Of(status);

    public static bool IsFinal(MajorIncidentStatus status) => status is Closed or Cancelled;

    /// <summary>A closed or cancelled major incident takes no more changes.</summary>
    public static void EnsureNotFinal(MajorIncidentStatus status, string number)
    {
        if (IsFinal(status))
        {
            throw new DomainValidationException("status", $"{number} is {Name(status)}.");
        }
    }

    private static Func<MajorIncidentTransitionRequest, GuardFailure?> NeedsNote(string message) =>
        r => string.IsNullOrWhiteSpace(r.Command.Note) ? new GuardFailure("note", message) : null;

    private static GuardFailure? NeedsReview(MajorIncidentTransitionRequest r) =>
        r.Review is null ? new GuardFailure("review", "Record the post-incident review first.")
        : !r.Review.TimelineConfirmed ? new GuardFailure("review.timelineConfirmed", "Confirm the timeline in the post-incident review first.")
        : null;
}
