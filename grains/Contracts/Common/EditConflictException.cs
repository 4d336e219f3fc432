namespace ItsmOrleans.Contracts.Common;

/// <summary>An edit from a stale view touched fields that changed since; edits to other fields are merged instead.</summary>
[GenerateSerializer, Alias("itsm.EditConflictException")]
public sealed class EditConflictException : DomainException
{
    public EditConflictException()
    {
    }

    public EditConflictException(string message) : base(message)
    {
    }

    public EditConflictException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public EditConflictException(int currentVersion, IReadOnlyList<FieldConflict> conflicts)
        : base($"Someone else changed {string.Join(", ", conflicts.Select(c => $"{c.Field} (to \"{c.Theirs}\", by {c.ChangedBy})"))} since you loaded the record; choose which value to keep.")
    {
        CurrentVersion = currentVersion;
        Conflicts = conflicts;
    }

    public EditConflictException(string message, int currentVersion, IReadOnlyList<FieldConflict> conflicts)
        : base(message)
    {
        CurrentVersion = currentVersion;
        Conflicts = conflicts;
    }

    [Id(0)]
    public int CurrentVersion { get; init; }

    [Id(1)]
    public IReadOnlyList<FieldConflict> Conflicts { get; init; } = [];
}
