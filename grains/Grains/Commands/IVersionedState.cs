using ItsmOrleans.Grains.Idempotency;

namespace ItsmOrleans.Grains.Commands;

/// <summary>
/// What the state of a record with versioned commands holds for <see cref="VersionedCommands{TState}"/>. Its members
/// are the state's own saved ones: implementing this changes nothing in what is stored.
/// </summary>
public interface IVersionedState
{
    bool Created { get; }

    /// <summary>Moves with every command that changes the record; callers send the version they saw.</summary>
    int Version { get; set; }

    /// <summary>Moves with every saved change, the system's too; readers keep the newest.</summary>
    int Revision { get; set; }

    DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The idempotency keys of the latest commands (<see cref="RequestLedger"/>).</summary>
    List<AppliedRequest> RecentRequests { get; }

    /// <summary>The idempotency key of the command that created the record.</summary>
    AppliedRequest? CreateRequest { get; set; }
}
