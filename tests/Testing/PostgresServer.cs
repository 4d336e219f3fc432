using System.Diagnostics;
using System.Text.RegularExpressions;
using Npgsql;

namespace ItsmOrleans.Testing;

/// <summary>
/// A throwaway PostgreSQL server: initialised in a private temp folder, listening only on 127.0.0.1 at a
/// free port, with fsync on so tests can prove durability. Stop and start it again to test outages;
/// dispose it to stop it and delete every file it wrote. It is also stopped if the test process exits or
/// is terminated first, and the next server started cleans up after test processes that were killed outright.
/// </summary>
public sealed partial class PostgresServer : IAsyncDisposable
{
    /// <summary>The database <see cref="ConnectionString"/> points at, created when the server first starts.</summary>
    public const string DefaultDatabase = "itsm";
    const string MaintenanceDatabase = "postgres";
    static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(30);
    static readonly TimeSpan ReadyPollInterval = TimeSpan.FromMilliseconds(50);

    readonly PostgresServerFolder folder;
    readonly PostgresControl control;
    readonly List<string> handedOut = [];
    readonly ProcessExitHook exitHook;
    volatile bool running;
    bool disposed;

    PostgresServer(PostgresServerFolder folder, PostgresControl control, int port)
    {
        this.folder = folder;
        this.control = control;
        Port = port;
        exitHook = new ProcessExitHook(StopOnProcessExit);
    }

    /// <summary>The loopback TCP port the server listens on; it stays the same across restarts.</summary>
    public int Port { get; }

    /// <summary>The private folder holding the server's data, socket and log; deleted on dispose.</summary>
    public string Folder => folder.Root;

    /// <summary>The server's log file, for diagnosing a test.</summary>
    public string LogFile => folder.Log;

    /// <summary>A connection string for <see cref="DefaultDatabase"/>.</summary>
    public string ConnectionString { get; private set; } = "";

    public bool IsRunning => running;

    /// <summary>Initialises a new server, starts it, and creates <see cref="DefaultDatabase"/>.</summary>
    /// <exception cref="MissingPrerequisiteException">PostgreSQL is not installed.</exception>
    public static async Task<PostgresServer> StartNewAsync(CancellationToken cancellationToken = default)
    {
        var binaries = PostgresBinaries.Locate();
        await StalePostgresSweeper.SweepAsync(binaries, cancellationToken);
        var folder = await PostgresServerFolder.CreateAsync(cancellationToken);
        var server = new PostgresServer(folder, new PostgresControl(binaries, folder), FreePort.Get());
        try
        {
            await server.control.InitializeAsync(cancellationToken);
            await server.StartAsync(cancellationToken);
            server.ConnectionString = await server.CreateDatabaseAsync(DefaultDatabase, cancellationToken);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts the server again after <see cref="StopAsync"/>, on the same port with the same data.</summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (running)
        {
            throw new InvalidOperationException("The PostgreSQL test server is already running.");
        }

        await control.StartAsync(Port, cancellationToken);
        running = true;
        await WaitUntilAcceptingConnectionsAsync(cancellationToken);
    }

    /// <summary>Stops the server, keeping its data for <see cref="StartAsync"/>.</summary>
    /// <param name="mode"><see cref="PostgresShutdownMode.Immediate"/> to simulate a crash.</param>
    public async Task StopAsync(PostgresShutdownMode mode = PostgresShutdownMode.Fast, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (!running)
        {
            throw new InvalidOperationException("The PostgreSQL test server is not running.");
        }

        await control.StopAsync(mode, cancellationToken);
        running = false;
        ClearConnectionPools();
    }

    /// <summary>Creates an empty database and returns a connection string for it.</summary>
    /// <param name="name">A lower-case SQL identifier: letters, digits and underscores.</param>
    public async Task<string> CreateDatabaseAsync(string name, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (!SimpleIdentifier().IsMatch(name))
        {
            throw new ArgumentException($"'{name}' is not a lower-case SQL identifier.", nameof(name));
        }

        await using var connection = new NpgsqlConnection(Unpooled(MaintenanceDatabase));
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return ConnectionStringFor(name);
    }

    /// <summary>A connection string for an existing database on this server.</summary>
    public string ConnectionStringFor(string database)
    {
        var connectionString = Builder(database).ConnectionString;
        lock (handedOut)
        {
            if (!handedOut.Contains(connectionString))
            {
                handedOut.Add(connectionString);
            }
        }

        return connectionString;
    }

    public async ValueTask DisposeAsync()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        exitHook.Dispose();
        if (running)
        {
            try
            {
                await control.StopAsync(PostgresShutdownMode.Fast, CancellationToken.None);
            }
            catch (Exception e) when (e is InvalidOperationException or TimeoutException)
            {
                // A fast stop waits for the checkpoint; if that stalls, the data is about to be deleted anyway.
                await control.StopAsync(PostgresShutdownMode.Immediate, CancellationToken.None);
            }

            running = false;
        }

        ClearConnectionPools();
        folder.Delete();
    }

    void StopOnProcessExit()
    {
        // The test host is ending without having disposed the server: leave no postmaster or folder behind.
        if (running)
        {
            control.StopAsync(PostgresShutdownMode.Immediate, CancellationToken.None).GetAwaiter().GetResult();
        }

        folder.Delete();
    }

    async Task WaitUntilAcceptingConnectionsAsync(CancellationToken cancellationToken)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                await using var connection = new NpgsqlConnection(Unpooled(MaintenanceDatabase));
                await connection.OpenAsync(cancellationToken);
                await using var command = new NpgsqlCommand("SELECT 1", connection);
                await command.ExecuteScalarAsync(cancellationToken);
                return;
            }
            catch (NpgsqlException) when (waited.Elapsed < ReadyTimeout)
            {
                await Task.Delay(ReadyPollInterval, cancellationToken);
            }
            catch (NpgsqlException e)
            {
                throw new InvalidOperationException(
                    $"PostgreSQL on 127.0.0.1:{Port} did not accept connections within {ReadyTimeout.TotalSeconds:0} s."
                    + $" Server log ({folder.Log}), last lines:{Environment.NewLine}{folder.LogTail()}", e);
            }
        }
    }

    void ClearConnectionPools()
    {
        // Pooled connections to a stopped server are dead; without this the next open hands one out.
        string[] connectionStrings;
        lock (handedOut)
        {
            connectionStrings = [.. handedOut];
        }

        foreach (var connectionString in connectionStrings)
        {
            using var connection = new NpgsqlConnection(connectionString);
            NpgsqlConnection.ClearPool(connection);
        }
    }

    string Unpooled(string database)
    {
        var builder = Builder(database);
        builder.Pooling = false;
        return builder.ConnectionString;
    }

    NpgsqlConnectionStringBuilder Builder(string database) => new()
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = PostgresControl.Superuser,
        Database = database,
        // Explicit, so PG* environment variables (PGSSLMODE, ...) cannot point tests elsewhere.
        SslMode = SslMode.Disable,
        IncludeErrorDetail = true,
    };

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$")]
    private static partial Regex SimpleIdentifier();
}
