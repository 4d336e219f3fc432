namespace ItsmOrleans.Contracts.Incidents;

/// <summary>Adds a public comment or an internal work note.</summary>
[GenerateSerializer, Immutable, Alias("itsm.AddComment")]
public sealed record AddComment(string Text, CommentVisibility Visibility);
