using System.Collections.Concurrent;
using System.Text.Json;
using ItsmOrleans.Hosting.Cluster;
using Orleans.Storage;

namespace ItsmOrleans.Grains.Tests.Commands;

/// <summary>
/// Grain storage that keeps each state as the JSON the silo writes into its storage rows (<see cref="GrainStateJson"/>):
/// a test can put in place a row an older build saved, read back what was saved, and make one grain's writes fail.
/// </summary>
public sealed class JsonRowStorage : IGrainStorage
{
    /// <summary>What a refused write says.</summary>
    public const string Refusal = "The database refused the write";

    private readonly ConcurrentDictionary<(string State, GrainId Grain), string> _rows = new();
    private readonly ConcurrentDictionary<GrainId, bool> _down = new();

    /// <summary>The JSON saved for the grain's state, or null when none was.</summary>
    public string? Row(string stateName, GrainId grain) => _rows.GetValueOrDefault((stateName, grain));

    /// <summary>Puts a saved row in place, as if the grain had written it before.</summary>
    public void Put(string stateName, GrainId grain, string json) => _rows[(stateName, grain)] = json;

    /// <summary>From now on every write of the grain fails, until <see cref="Restore"/>.</summary>
    public void Fail(GrainId grain) => _down[grain] = true;

    public void Restore(GrainId grain) => _down.TryRemove(grain, out _);

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        if (_rows.TryGetValue((stateName, grainId), out var json))
        {
            grainState.State = JsonSerializer.Deserialize<T>(json, GrainStateJson.Options)!;
            grainState.RecordExists = true;
            grainState.ETag = json.Length.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return Task.CompletedTask;
    }

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        if (_down.ContainsKey(grainId))
        {
            throw new IOException($"{Refusal} of {grainId}.");
        }

        var json = JsonSerializer.Serialize(grainState.State, GrainStateJson.Options);
        _rows[(stateName, grainId)] = json;
        grainState.RecordExists = true;
        grainState.ETag = json.Length.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Task.CompletedTask;
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        _rows.TryRemove((stateName, grainId), out _);
        grainState.RecordExists = false;
        grainState.ETag = null;
        return Task.CompletedTask;
    }
}
