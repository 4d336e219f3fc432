using System.Text.Json;
using System.Text.Json.Nodes;
using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Grains.Changes;
using ItsmOrleans.Grains.Incidents;
using ItsmOrleans.Grains.MajorIncidents;
using ItsmOrleans.Grains.Problems;
using ItsmOrleans.Grains.ServiceRequests;
using ItsmOrleans.Hosting.Cluster;

namespace ItsmOrleans.Grains.Tests.Commands;

/// <summary>
/// What every versioned record promises, whatever its kind: a command retried under its idempotency key is applied once
/// and answered the same; a command from a stale version is a conflict (409) and changes nothing; a command whose save
/// fails leaves nothing of it to see and its retry applies it; a record an earlier build saved loads, takes commands
/// and is saved in the same shape.
/// </summary>
[Collection(JsonRowClusterTests.Name)]
public class VersionedCommandTests(JsonRowClusterFixture fixture)
{
    private static readonly CommandContext Alice = new(Callers.Admin("alice"));

    private static readonly Dictionary<string, Type> States = new()
    {
        [IncidentGrain.StateName] = typeof(IncidentState),
        [ChangeGrain.StateName] = typeof(ChangeState),
        [ProblemGrain.StateName] = typeof(ProblemState),
        [MajorIncidentGrain.StateName] = typeof(MajorIncidentState),
        [ServiceRequestGrain.StateName] = typeof(ServiceRequestState),
    };

    private IGrainFactory Grains => fixture.Client;

    public static TheoryData<string> Kinds() => [.. VersionedRecord.All.Select(r => r.StateName)];

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task A_command_retried_under_the_same_key_is_applied_once_and_answered_the_same(string kind)
    {
        var record = VersionedRecord.Of(kind);
        var id = Guid.NewGuid();
        await record.Raise(Grains, id, Alice);
        var raised = await record.Read(Grains, id);

        var first = await record.HandTo(Grains, id, Alice with { RequestId = "hand-to-dave" }, "dave");
        var retried = await record.HandTo(Grains, id, Alice with { RequestId = "hand-to-dave" }, "dave");
        var next = await record.HandTo(Grains, id, Alice with { RequestId = "hand-to-otto" }, "otto");
        var lateRetry = await record.HandTo(Grains, id, Alice with { RequestId = "hand-to-dave" }, "dave");

        Assert.Equal((raised.Version + 1, "dave"), first);
        Assert.Equal(first, retried);
        Assert.Equal((raised.Version + 2, "otto"), next);
        Assert.Equal(next, lateRetry);
        Assert.Equal(next, await record.Read(Grains, id));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task A_command_from_a_stale_version_is_a_conflict_and_changes_nothing(string kind)
    {
        var record = VersionedRecord.Of(kind);
        var id = Guid.NewGuid();
        await record.Raise(Grains, id, Alice);
        var raised = await record.Read(Grains, id);
        var current = await record.HandTo(Grains, id, Alice with { ExpectedVersion = raised.Version }, "dave");

        var refused = await Assert.ThrowsAnyAsync<DomainException>(() =>
            record.HandTo(Grains, id, Alice with { ExpectedVersion = raised.Version }, "otto"));

        // Both answer 409; an incident says which field changed under the caller.
        Assert.True(refused is VersionConflictException or EditConflictException, refused.ToString());
        Assert.Equal(current, await record.Read(Grains, id));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task A_command_whose_save_fails_leaves_nothing_to_see_and_its_retry_applies_it(string kind)
    {
        var record = VersionedRecord.Of(kind);
        var id = Guid.NewGuid();
        await record.Raise(Grains, id, Alice);
        var raised = await record.Read(Grains, id);

        fixture.Storage.Fail(record.Grain(Grains, id));
        try
        {
            var failed = await Assert.ThrowsAnyAsync<Exception>(() => record.HandTo(Grains, id, Alice with { RequestId = "hand-to-dave" }, "dave"));
            Assert.Contains(JsonRowStorage.Refusal, failed.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            fixture.Storage.Restore(record.Grain(Grains, id));
        }

        Assert.Equal(raised, await record.Read(Grains, id));
        Assert.Equal((raised.Version + 1, "dave"), await record.HandTo(Grains, id, Alice with { RequestId = "hand-to-dave" }, "dave"));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_row_an_earlier_build_saved_reads_and_writes_back_unchanged(string kind)
    {
        var saved = JsonNode.Parse(SavedRow(kind))!;

        var state = saved.Deserialize(States[kind], GrainStateJson.Options);
        var written = JsonSerializer.SerializeToNode(state, States[kind], GrainStateJson.Options);

        Assert.True(JsonNode.DeepEquals(saved, written), written!.ToJsonString());
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task A_record_an_earlier_build_saved_takes_a_command_replays_the_keys_it_kept_and_is_saved_in_the_same_shape(string kind)
    {
        var record = VersionedRecord.Of(kind);
        var id = Guid.NewGuid();
        var saved = SavedRow(kind);
        fixture.Storage.Put(kind, record.Grain(Grains, id), saved);
        var version = JsonNode.Parse(saved)!["Version"]!.GetValue<int>();

        var changed = await record.HandTo(Grains, id, Alice with { ExpectedVersion = version }, "otto");
        var retried = await record.HandTo(Grains, id, Alice with { RequestId = "hand-1" }, "dave");

        Assert.Equal((version + 1, "otto"), changed);
        Assert.Equal(changed, retried);
        Assert.Equal(Members(saved), Members(fixture.Storage.Row(kind, record.Grain(Grains, id))!));
    }

    private static string SavedRow(string kind) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Commands", "SavedRows", kind + ".json"));

    private static IEnumerable<string> Members(string json) => JsonNode.Parse(json)!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal);
}
