using ItsmOrleans.Contracts.Boards;

namespace ItsmOrleans.Domain.Incidents;

/// <summary>A feed line before it is stamped with the incident's identity.</summary>
public sealed record BoardActivityDraft(ActivityKind Kind, string Text);
