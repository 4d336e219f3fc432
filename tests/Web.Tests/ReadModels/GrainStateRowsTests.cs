using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Grains.Incidents;
using ItsmOrleans.Hosting.Cluster;
using ItsmOrleans.Hosting.Database;
using ItsmOrleans.Hosting.Export;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace ItsmOrleans.Web.Tests.ReadModels;

/// <summary>The grain storage rows the export reads, on both databases: every saved state of a kind once, page after page.</summary>
[Trait("Category", "Database")]
public class GrainStateRowsTests(ReadModelDatabases databases) : IClassFixture<ReadModelDatabases>
{
    public static TheoryData<DatabaseProvider> Providers() => [DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Every_saved_incident_is_read_exactly_once_across_pages_and_nothing_else_is(DatabaseProvider provider)
    {
        var database = databases.For(provider);
        var serviceId = "export-" + Guid.NewGuid().ToString("N")[..8];
        var saved = Enumerable.Range(1, 11).Select(n => (Id: Guid.NewGuid(), Number: $"INC{n:D7}")).ToList();
        foreach (var (id, number) in saved)
        {
            await Insert(database, serviceId, IncidentGrain.StateName, id, Payload(number));
        }

        await Insert(database, serviceId, IncidentGrain.StateName, Guid.NewGuid(), payload: null);
        await Insert(database, serviceId, "problem", Guid.NewGuid(), Payload("PRB0000001"));
        await Insert(database, "another-service", IncidentGrain.StateName, Guid.NewGuid(), Payload("INC0000099"));
        var rows = new GrainStateRows(database, Options.Create(new ClusterOptions { ServiceId = serviceId }));

        var pages = new List<IReadOnlyList<StoredGrainState<IncidentState>>>();
        await foreach (var page in rows.Pages<IncidentState>(IncidentGrain.StateName, 4, CancellationToken.None))
        {
            pages.Add(page);
        }

        Assert.Equal([4, 4, 3], pages.Select(p => p.Count));
        var read = pages.SelectMany(p => p).ToList();
        Assert.Equal(saved.Select(s => s.Id).Order(), read.Select(r => r.Id).Order());
        Assert.Equal(read.Count, read.Select(r => r.Id).Distinct().Count());
        Assert.All(read, r => Assert.Equal(saved.Single(s => s.Id == r.Id).Number, r.State.Number));
        Assert.All(read, r => Assert.Equal(Impact.High, r.State.Impact));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task String_keys_stored_as_text_as_a_guid_or_as_a_number_each_come_back_once_as_the_key(DatabaseProvider provider)
    {
        var database = databases.For(provider);
        var serviceId = "export-" + Guid.NewGuid().ToString("N")[..8];
        var guidKey = Guid.NewGuid();
        string[] textKeys = ["crm-db", "email", "ops-pager", "zulu"];
        foreach (var key in textKeys)
        {
            await Insert(database, serviceId, "keyed", 0, 0, key, Payload(key));
        }

        var (n0, n1) = GrainStateRows.KeyOf(guidKey);
        await Insert(database, serviceId, "keyed", n0, n1, null, Payload("guid"));
        await Insert(database, serviceId, "keyed", 0, 0xabc, null, Payload("number"));
        await Insert(database, serviceId, "keyed", 0, 0, "cleared", payload: null);
        var rows = new GrainStateRows(database, Options.Create(new ClusterOptions { ServiceId = serviceId }));

        var read = new List<KeyedGrainState<IncidentState>>();
        await foreach (var page in rows.KeyedPages<IncidentState>("keyed", 2, CancellationToken.None))
        {
            Assert.InRange(page.Count, 1, 2);
            read.AddRange(page);
        }

        Assert.Equal(
            textKeys.Select(k => (Key: k, Number: k)).Append((guidKey.ToString("N"), "guid")).Append(("abc", "number")),
            read.Select(r => (r.Key, r.State.Number)).OrderBy(r => r.Item2 is "guid" or "number").ThenBy(r => r.Item2, StringComparer.Ordinal));
    }

    [Fact]
    public void A_guid_key_survives_the_split_into_the_two_storage_columns()
    {
        var id = Guid.NewGuid();
        var (n0, n1) = GrainStateRows.KeyOf(id);

        Assert.Equal(id, GrainStateRows.GuidOf(n0, n1));
    }

    private static byte[] Payload(string number) =>
        JsonSerializer.SerializeToUtf8Bytes(new IncidentState { Created = true, Number = number, Title = "Saved", Impact = Impact.High }, GrainStateJson.Options);

    private static Task Insert(ItsmDatabase database, string serviceId, string stateName, Guid id, byte[]? payload)
    {
        var (n0, n1) = GrainStateRows.KeyOf(id);
        return Insert(database, serviceId, stateName, n0, n1, null, payload);
    }

    private static async Task Insert(ItsmDatabase database, string serviceId, string stateName, long n0, long n1, string? extension, byte[]? payload)
    {
        await using var connection = await database.OpenConnectionAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO OrleansStorage (GrainIdHash, GrainIdN0, GrainIdN1, GrainTypeHash, GrainTypeString, GrainIdExtensionString, ServiceId, PayloadBinary, ModifiedOn, Version)
            VALUES (@hash, @n0, @n1, @type_hash, @type, @extension, @service_id, @payload, @modified_on, 1)
            """;
        Add(command, "hash", HashCode.Combine(n0, n1, extension));
        Add(command, "n0", n0);
        Add(command, "n1", n1);
        Add(command, "type_hash", stateName.Length);
        Add(command, "type", stateName);
        Add(command, "extension", extension);
        Add(command, "service_id", serviceId);
        Add(command, "payload", payload);
        Add(command, "modified_on", database.TimeValue(DateTimeOffset.UtcNow));
        await command.ExecuteNonQueryAsync();
    }

    private static void Add(System.Data.Common.DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        if (value is null)
        {
            parameter.DbType = name == "payload" ? System.Data.DbType.Binary : System.Data.DbType.String;
        }

        command.Parameters.Add(parameter);
    }
}
