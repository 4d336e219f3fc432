namespace ItsmOrleans.Contracts.MajorIncidents;

/// <summary>Something the post-incident review asks someone to do, by when.</summary>
[GenerateSerializer, Immutable, Alias("itsm.FollowUpAction")]
public sealed record FollowUpAction(string Description, string Owner, DateOnly? Due);
