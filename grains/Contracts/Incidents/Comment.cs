namespace ItsmOrleans.Contracts.Incidents;

/// <summary>A comment or work note on an incident.</summary>
[GenerateSerializer, Immutable, Alias("itsm.Comment")]
public sealed record Comment(int Id, DateTimeOffset At, string Author, CommentVisibility Visibility, string Text);
