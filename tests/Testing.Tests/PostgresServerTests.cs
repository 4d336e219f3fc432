namespace ItsmOrleans.Testing.Tests;

public sealed class PostgresServerTests(PostgresServerFixture fixture) : IClassFixture<PostgresServerFixture>
{
    readonly PostgresServer server = fixture.Server;

    [Fact]
    public async Task Server_accepts_connections_to_its_default_database()
    {
        var database = await Sql.ScalarAsync<string>(server.ConnectionString, "SELECT current_database()");

        Assert.Equal(PostgresServer.DefaultDatabase, database);
    }

    [Fact]
    public async Task Server_keeps_fsync_on_so_tests_can_prove_durability()
    {
        var fsync = await Sql.ScalarAsync<string>(server.ConnectionString, "SHOW fsync");

        Assert.Equal("on", fsync);
    }

    [Fact]
    public async Task Server_listens_only_on_loopback()
    {
        var addresses = await Sql.ScalarAsync<string>(server.ConnectionString, "SHOW listen_addresses");

        Assert.Equal("127.0.0.1", addresses);
    }

    [Fact]
    public async Task Created_database_stores_and_returns_rows()
    {
        var connectionString = await server.CreateDatabaseAsync("orders");

        await Sql.ExecuteAsync(connectionString, "CREATE TABLE item (name text); INSERT INTO item VALUES ('keyboard'), ('mouse')");
        var count = await Sql.ScalarAsync<long>(connectionString, "SELECT count(*) FROM item");

        Assert.Equal(2, count);
    }

    [Fact]
    public async Task Database_names_must_be_plain_identifiers()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => server.CreateDatabaseAsync("x; DROP DATABASE itsm"));
    }
}
