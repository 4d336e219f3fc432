using System.Globalization;
using Npgsql;
using Orleans.Storage;

namespace ItsmOrleans.Hosting.Database;

/// <summary>
/// Orleans' ADO.NET grain storage on PostgreSQL with its writes sent through the hub's group commit: the state of many
/// grains written at the same moment shares one transaction and one round trip, while each grain still awaits its own
/// commit and a stale version still fails with <see cref="InconsistentStateException"/>. Rows, hashes, serialised
/// payloads and versions are exactly Orleans' own; reads and clears are Orleans' own code.
/// </summary>
public sealed class GroupCommittedGrainStorage(string name, AdoNetGrainStorage orleans, GroupCommit commits, string serviceId)
    : IGrainStorage, ILifecycleParticipant<ISiloLifecycle>
{
    /// <summary>The SQLSTATE orleans_write_grain_state_or_raise raises for a stale version (deploy/sql/postgresql/240).</summary>
    public const string StaleVersion = "IS409";

    private const string Write = """
        SELECT orleans_write_grain_state_or_raise(@GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainTypeHash, @GrainTypeString,
                                                  @GrainIdExtensionString, @ServiceId, @GrainStateVersion, @PayloadBinary)
        """;

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => orleans.ReadStateAsync(stateName, grainId, grainState);

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => orleans.ClearStateAsync(stateName, grainId, grainState);

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        ArgumentNullException.ThrowIfNull(stateName);
        ArgumentNullException.ThrowIfNull(grainState);
        if (stateName.Contains('`', StringComparison.Ordinal))
        {
            // Generic grain types get their stored name rewritten by Orleans; none of ours are generic, so leave them to it.
            await orleans.WriteStateAsync(stateName, grainId, grainState);
            return;
        }

        var key = StoredGrainKey.Of(grainId);
        var hasher = orleans.HashPicker.PickHasher(serviceId, name, stateName, grainId, grainState)
            ?? throw new InvalidOperationException("The grain storage has no hasher for " + stateName);
        int? expected = string.IsNullOrWhiteSpace(grainState.ETag) ? null : int.Parse(grainState.ETag, CultureInfo.InvariantCulture);
        var write = SqlWrite.Of(Write,
            ("GrainIdHash", hasher.Hash(key.HashBytes)),
            ("GrainIdN0", key.N0),
            ("GrainIdN1", key.N1),
            ("GrainTypeHash", hasher.Hash(System.Text.Encoding.UTF8.GetBytes(stateName))),
            ("GrainTypeString", stateName),
            ("GrainIdExtensionString", key.Extension),
            ("ServiceId", serviceId),
            ("GrainStateVersion", expected),
            ("PayloadBinary", orleans.Serializer.Serialize(grainState.State).ToArray()));
        try
        {
            await commits.Execute([write], CancellationToken.None);
        }
        catch (PostgresException stale) when (stale.SqlState == StaleVersion)
        {
            throw new InconsistentStateException($"The stored state of {grainId} ({stateName}) is not at version {grainState.ETag}.", stale);
        }

        grainState.ETag = ((expected ?? 0) + 1).ToString(CultureInfo.InvariantCulture);
        grainState.RecordExists = true;
    }

    public void Participate(ISiloLifecycle lifecycle) => orleans.Participate(lifecycle);
}
