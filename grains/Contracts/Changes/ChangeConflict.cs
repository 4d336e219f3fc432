namespace ItsmOrleans.Contracts.Changes;

/// <summary>A schedule conflict: a warning that must be overridden with a reason before the change moves on.</summary>
/// <param name="Subject">What it clashes with: another change's number, a freeze id, or the service id.</param>
[GenerateSerializer, Immutable, Alias("itsm.ChangeConflict")]
public sealed record ChangeConflict(ConflictKind Kind, string Subject, string Message)
{
    /// <summary>Identifies the conflict across recomputations, so an override keeps covering the same clash.</summary>
    public string Key => $"{Kind}:{Subject}";
}
