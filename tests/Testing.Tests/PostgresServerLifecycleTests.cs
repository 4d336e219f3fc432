using Npgsql;

namespace ItsmOrleans.Testing.Tests;

public sealed class PostgresServerLifecycleTests : IAsyncLifetime
{
    PostgresServer server = null!;

    public async Task InitializeAsync() => server = await PostgresServer.StartNewAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task Data_survives_a_stop_and_restart()
    {
        await Sql.ExecuteAsync(server.ConnectionString, "CREATE TABLE note (text text); INSERT INTO note VALUES ('kept')");

        await server.StopAsync();
        await server.StartAsync();

        Assert.Equal("kept", await Sql.ScalarAsync<string>(server.ConnectionString, "SELECT text FROM note"));
    }

    [Fact]
    public async Task Committed_data_survives_an_immediate_shutdown()
    {
        await Sql.ExecuteAsync(server.ConnectionString, "CREATE TABLE note (text text); INSERT INTO note VALUES ('committed')");

        await server.StopAsync(PostgresShutdownMode.Immediate);
        await server.StartAsync();

        Assert.Equal("committed", await Sql.ScalarAsync<string>(server.ConnectionString, "SELECT text FROM note"));
    }

    [Fact]
    public async Task Stopped_server_refuses_connections()
    {
        await server.StopAsync();

        await Assert.ThrowsAnyAsync<NpgsqlException>(() => Sql.ScalarAsync<int>(server.ConnectionString, "SELECT 1"));
    }

    [Fact]
    public async Task Dispose_stops_the_server_and_deletes_its_folder()
    {
        var folder = server.Folder;

        await server.DisposeAsync();

        Assert.False(server.IsRunning);
        Assert.False(Directory.Exists(folder));
    }
}
