namespace ItsmOrleans.Contracts.Changes;

/// <summary>The planned window [Start, End) in which a change is carried out.</summary>
[GenerateSerializer, Immutable, Alias("itsm.ChangeWindow")]
public sealed record ChangeWindow(DateTimeOffset Start, DateTimeOffset End)
{
    public TimeSpan Duration => End - Start;

    public bool Overlaps(ChangeWindow other) => Start < other.End && other.Start < End;
}
