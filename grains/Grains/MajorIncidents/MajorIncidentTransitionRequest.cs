using ItsmOrleans.Contracts.MajorIncidents;

namespace ItsmOrleans.Grains.MajorIncidents;

/// <summary>What a major-incident workflow guard looks at.</summary>
public sealed record MajorIncidentTransitionRequest(MoveMajorIncident Command, PostIncidentReview? Review);
