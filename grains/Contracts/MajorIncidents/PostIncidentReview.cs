namespace ItsmOrleans.Contracts.MajorIncidents;

/// <summary>The post-incident review: what happened, why, and what the organisation will do about it.</summary>
/// <param name="TimelineConfirmed">The reviewers checked the timeline against what happened.</param>
[GenerateSerializer, Immutable, Alias("itsm.PostIncidentReview")]
public sealed record PostIncidentReview(
    string Summary,
    string RootCause,
    string Impact,
    string WhatWentWell,
    string WhatToImprove,
    IReadOnlyList<FollowUpAction> Actions,
    bool TimelineConfirmed);
