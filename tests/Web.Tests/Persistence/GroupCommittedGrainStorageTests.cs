using ItsmOrleans.Grains;
using ItsmOrleans.Hosting.Cluster;
using ItsmOrleans.Hosting.Database;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Storage;

namespace ItsmOrleans.Web.Tests.Persistence;

/// <summary>
/// Grain state written through the group commit is Orleans' own: a database written by Orleans' storage is read and
/// written on by the group commit and the other way round, concurrent writes all land, and a stale version is still
/// refused. Each test runs a real silo in this process on a throwaway PostgreSQL server and calls its grain storage.
/// </summary>
[Trait("Category", "Database")]
public sealed class GroupCommittedGrainStorageTests : IAsyncLifetime
{
    private PostgresServer _postgres = null!;

    public sealed record Probe(int Value, string Text);

    public async Task InitializeAsync() => _postgres = await PostgresServer.StartNewAsync();

    public async Task DisposeAsync() => await _postgres.DisposeAsync();

    public static TheoryData<string> KeyKinds => ["guid", "guid+extension", "integer", "text"];

    [Theory]
    [MemberData(nameof(KeyKinds))]
    public async Task State_stored_by_either_storage_is_read_and_written_on_by_the_other(string keyKind)
    {
        var grain = GrainOf(keyKind);

        await using (var orleans = await Silo.Start(_postgres, groupCommit: false))
        {
            Assert.IsNotType<GroupCommittedGrainStorage>(orleans.Storage);
            var state = new GrainState<Probe> { State = new Probe(1, "written by Orleans") };
            await orleans.Storage.WriteStateAsync("probe", grain, state);
            Assert.Equal("1", state.ETag);
        }

        await using (var grouped = await Silo.Start(_postgres, groupCommit: true))
        {
            Assert.IsType<GroupCommittedGrainStorage>(grouped.Storage);
            var state = await grouped.Read(grain);
            Assert.Equal((new Probe(1, "written by Orleans"), "1"), (state.State, state.ETag));
            state.State = new Probe(2, "written by the group commit");
            await grouped.Storage.WriteStateAsync("probe", grain, state);
            Assert.Equal("2", state.ETag);
        }

        await using (var orleans = await Silo.Start(_postgres, groupCommit: false))
        {
            var state = await orleans.Read(grain);
            Assert.Equal((new Probe(2, "written by the group commit"), "2"), (state.State, state.ETag));
            state.State = new Probe(3, "Orleans again");
            await orleans.Storage.WriteStateAsync("probe", grain, state);
            Assert.Equal("3", state.ETag);
        }
    }

    [Fact]
    public async Task Concurrent_writes_to_many_grains_and_in_turn_to_one_all_land_and_a_stale_version_is_refused()
    {
        await using var silo = await Silo.Start(_postgres, groupCommit: true);
        var grains = Enumerable.Range(0, 300).Select(_ => GrainOf("guid")).ToList();
        var states = grains.Select(_ => new GrainState<Probe>()).ToList();

        // Three rounds of 300 concurrent writes: the first inserts, the next two update at the version just returned.
        for (var round = 1; round <= 3; round++)
        {
            await Task.WhenAll(grains.Select((grain, i) =>
            {
                states[i].State = new Probe(round, $"grain {i}");
                return silo.Storage.WriteStateAsync("probe", grain, states[i]);
            }));
        }

        for (var i = 0; i < grains.Count; i++)
        {
            var stored = await silo.Read(grains[i]);
            Assert.Equal((new Probe(3, $"grain {i}"), "3"), (stored.State, stored.ETag));
        }

        // Another writer still holding version 2 is refused, alone: the writes sharing its moment land.
        var stale = new GrainState<Probe> { State = new Probe(99, "stale"), ETag = "2", RecordExists = true };
        var others = grains.Skip(1).Select((grain, i) => silo.Storage.WriteStateAsync("probe", grain, states[i + 1])).ToList();
        await Assert.ThrowsAsync<InconsistentStateException>(() => silo.Storage.WriteStateAsync("probe", grains[0], stale));
        await Task.WhenAll(others);
        Assert.Equal(new Probe(3, "grain 0"), (await silo.Read(grains[0])).State);
        Assert.Equal("4", (await silo.Read(grains[1])).ETag);

        // A second first write of a grain that exists is refused too (two activations racing to insert).
        await Assert.ThrowsAsync<InconsistentStateException>(() => silo.Storage.WriteStateAsync("probe", grains[2], new GrainState<Probe> { State = new Probe(0, "late insert") }));
    }

    private static GrainId GrainOf(string keyKind) => keyKind switch
    {
        "guid" => GrainId.Create(GrainType.Create("probe"), GrainIdKeyExtensions.CreateGuidKey(Guid.NewGuid())),
        "guid+extension" => GrainId.Create(GrainType.Create("probe"), GrainIdKeyExtensions.CreateGuidKey(Guid.NewGuid(), "resolution")),
        "integer" => GrainId.Create(GrainType.Create("probe"), GrainIdKeyExtensions.CreateIntegerKey(Random.Shared.NextInt64(1, long.MaxValue))),
        _ => GrainId.Create("probe", "svc-" + Guid.NewGuid().ToString("N")[..10]),
    };

    /// <summary>A silo started in this process on the server, with or without the group commit of grain state.</summary>
    private sealed class Silo(IHost host) : IAsyncDisposable
    {
        public IGrainStorage Storage { get; } = host.Services.GetRequiredKeyedService<IGrainStorage>(ItsmStorage.Name);

        public static async Task<Silo> Start(PostgresServer postgres, bool groupCommit)
        {
            var settings = PostgresSilo.Settings(postgres);
            settings["Database:MigrateOnStart"] = "true";
            settings["Database:GroupCommitGrainState"] = groupCommit ? "true" : "false";
            var host = Host.CreateDefaultBuilder()
                .ConfigureAppConfiguration(c => c.AddInMemoryCollection(settings))
                .UseOrleans((context, silo) => silo.UseItsmSilo(context.Configuration))
                .Build();
            await host.StartAsync();
            return new Silo(host);
        }

        public async Task<GrainState<Probe>> Read(GrainId grain)
        {
            var state = new GrainState<Probe>();
            await Storage.ReadStateAsync("probe", grain, state);
            return state;
        }

        public async ValueTask DisposeAsync()
        {
            await host.StopAsync();
            host.Dispose();
        }
    }
}
