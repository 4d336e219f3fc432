namespace ItsmOrleans.Contracts.Common;

/// <summary>A command carried a version older than the record's current one.</summary>
[GenerateSerializer, Alias("itsm.VersionConflictException")]
public sealed class VersionConflictException : DomainException
{
    public VersionConflictException()
    {
    }

    public VersionConflictException(string message) : base(message)
    {
    }

    public VersionConflictException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public VersionConflictException(int expectedVersion, int currentVersion)
        : base($"The record changed since version {expectedVersion}; it is now at version {currentVersion}.")
    {
        ExpectedVersion = expectedVersion;
        CurrentVersion = currentVersion;
    }

    [Id(0)]
    public int ExpectedVersion { get; init; }

    [Id(1)]
    public int CurrentVersion { get; init; }
}
