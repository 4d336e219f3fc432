namespace ItsmOrleans.Grains.Incidents;

/// <summary>The size limits of incident fields.</summary>
public static class IncidentLimits
{
    public const int Title = 200;
    public const int Description = 20_000;
    public const int Name = 100;
    public const int CommentText = 20_000;
    public const int ResolutionNotes = 4_000;
    public const int Note = 2_000;
}
