namespace ItsmOrleans.Testing.Tests;

/// <summary>One server shared by tests that only read and add data.</summary>
public sealed class PostgresServerFixture : IAsyncLifetime
{
    public PostgresServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await PostgresServer.StartNewAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
