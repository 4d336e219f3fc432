using ItsmOrleans.Hosting.Database;

namespace ItsmOrleans.Web.Tests.ReadModels;

/// <summary>
/// The read-model writes of many callers committed together: each caller's await means its rows are stored, and a
/// write that fails fails only its own caller, never the others sharing its transaction.
/// </summary>
[Trait("Category", "Database")]
public class GroupCommitTests(ReadModelDatabases databases) : IClassFixture<ReadModelDatabases>
{
    private const string Insert = "INSERT INTO group_commit_rows (id, caller) VALUES (@id, @caller)";

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Every_caller_finds_its_rows_stored_as_soon_as_its_write_returns(DatabaseProvider provider)
    {
        var database = await WithTable(provider);
        var run = Guid.NewGuid().ToString("N");

        // 400 callers at once, each with two rows: far more than one commit takes, so they share transactions.
        var missing = await Task.WhenAll(Enumerable.Range(0, 400).Select(async caller =>
        {
            await database.Writes.Execute([Row($"{run}-{caller}-a", caller), Row($"{run}-{caller}-b", caller)], CancellationToken.None);
            return await Count(database, $"{run}-{caller}-%") == 2 ? 0 : 1;
        }));

        Assert.Equal(0, missing.Sum());
        Assert.Equal(800, await Count(database, $"{run}-%"));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task A_write_that_fails_fails_only_its_caller_and_leaves_none_of_its_rows(DatabaseProvider provider)
    {
        var database = await WithTable(provider);
        var run = Guid.NewGuid().ToString("N");
        await database.Writes.Execute([Row($"{run}-taken", 0)], CancellationToken.None);

        var writes = Enumerable.Range(1, 60).Select(caller => database.Writes.Execute(
            caller == 30
                ? [Row($"{run}-{caller}-first", caller), Row($"{run}-taken", caller)] // the second row's id exists: refused
                : [Row($"{run}-{caller}", caller)],
            CancellationToken.None)).ToList();
        var failed = await Record.ExceptionAsync(() => writes[29]);

        Assert.NotNull(failed);
        await Task.WhenAll(writes.Where((_, i) => i != 29));
        Assert.Equal(0, await Count(database, $"{run}-30-%"));
        Assert.Equal(60, await Count(database, $"{run}-%"));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task One_caller_with_more_statements_than_a_commit_holds_is_stored_whole(DatabaseProvider provider)
    {
        var database = await WithTable(provider);
        var run = Guid.NewGuid().ToString("N");

        await database.Writes.Execute([.. Enumerable.Range(0, GroupCommit.MaxStatements + 50).Select(i => Row($"{run}-{i}", i))], CancellationToken.None);

        Assert.Equal(GroupCommit.MaxStatements + 50, await Count(database, $"{run}-%"));
    }

    private static SqlWrite Row(string id, int caller) => SqlWrite.Of(Insert, ("id", id), ("caller", caller));

    private async Task<ItsmDatabase> WithTable(DatabaseProvider provider)
    {
        var database = databases.For(provider);
        await using var connection = await database.OpenConnectionAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = "CREATE TABLE IF NOT EXISTS group_commit_rows (id text PRIMARY KEY, caller integer NOT NULL)";
        await command.ExecuteNonQueryAsync();
        return database;
    }

    private static async Task<long> Count(ItsmDatabase database, string idPattern)
    {
        await using var connection = await database.OpenConnectionAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM group_commit_rows WHERE id LIKE @pattern";
        var pattern = command.CreateParameter();
        (pattern.ParameterName, pattern.Value) = ("pattern", idPattern);
        command.Parameters.Add(pattern);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }
}
