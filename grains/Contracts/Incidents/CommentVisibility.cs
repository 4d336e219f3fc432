namespace ItsmOrleans.Contracts.Incidents;

/// <summary>Who may read a comment: everyone, or only the people working the incident.</summary>
public enum CommentVisibility
{
    /// <summary>A public comment, visible to the requester.</summary>
    Public = 1,

    /// <summary>An internal work note for agents.</summary>
    WorkNote = 2,
}
