namespace ItsmOrleans.Contracts.Validation;

/// <summary>The size limits of the text fields every kind of record shares: titles, names, notes and long descriptions.</summary>
public static class TextLimits
{
    public const int Title = 200;
    public const int Description = 20_000;
    public const int Name = 100;
    public const int CommentText = 20_000;
    public const int ResolutionNotes = 4_000;
    public const int Note = 2_000;
}
