using ItsmOrleans.Contracts.MajorIncidents;

namespace ItsmOrleans.Domain.MajorIncidents;

/// <summary>What a major-incident workflow guard looks at.</summary>
public sealed record MajorIncidentTransitionRequest(MoveMajorIncident Command, PostIncidentReview? Review);
