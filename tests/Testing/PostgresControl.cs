using System.Globalization;

namespace ItsmOrleans.Testing;

/// <summary>Drives <c>initdb</c> and <c>pg_ctl</c> for one server folder.</summary>
internal sealed class PostgresControl(PostgresBinaries binaries, PostgresServerFolder folder)
{
    public const string Superuser = "postgres";
    static readonly TimeSpan InitdbTimeout = TimeSpan.FromSeconds(120);
    static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(30);

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        // --no-sync only skips initdb's final flush of the template files; the running server keeps fsync on.
        var result = await RunAsync(binaries.Initdb, InitdbTimeout, cancellationToken,
            "--pgdata", folder.Data,
            "--username", Superuser,
            "--auth-local", "trust",
            "--auth-host", "trust",
            "--encoding", "UTF8",
            "--no-locale",
            "--no-sync");
        result.EnsureSucceeded();
    }

    public async Task StartAsync(int port, CancellationToken cancellationToken)
    {
        var serverOptions = string.Join(' ',
            "-c listen_addresses=127.0.0.1",
            "-p " + port.ToString(CultureInfo.InvariantCulture),
            $"-k '{folder.Sockets}'",
            "-c fsync=on");
        var seconds = StartTimeout.TotalSeconds.ToString(CultureInfo.InvariantCulture);
        var result = await RunAsync(binaries.PgCtl, StartTimeout + StopTimeout, cancellationToken,
            "start", "--pgdata", folder.Data, "--log", folder.Log, "--wait", "--timeout", seconds, "-o", serverOptions);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"PostgreSQL did not start on 127.0.0.1:{port}. `{result.CommandLine}` said:{Environment.NewLine}{result.Output}"
                + $"Server log ({folder.Log}), last lines:{Environment.NewLine}{folder.LogTail()}");
        }
    }

    public async Task StopAsync(PostgresShutdownMode mode, CancellationToken cancellationToken)
    {
        var modeName = mode == PostgresShutdownMode.Immediate ? "immediate" : "fast";
        var seconds = StopTimeout.TotalSeconds.ToString(CultureInfo.InvariantCulture);
        var result = await RunAsync(binaries.PgCtl, StopTimeout + StopTimeout, cancellationToken,
            "stop", "--pgdata", folder.Data, "--mode", modeName, "--wait", "--timeout", seconds);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"PostgreSQL did not stop. `{result.CommandLine}` said:{Environment.NewLine}{result.Output}"
                + $"Server log ({folder.Log}), last lines:{Environment.NewLine}{folder.LogTail()}");
        }
    }

    /// <summary>Whether a postmaster is serving this data folder (pg_ctl status exits 0 only then).</summary>
    public async Task<bool> IsRunningAsync(CancellationToken cancellationToken)
    {
        var result = await RunAsync(binaries.PgCtl, StopTimeout, cancellationToken, "status", "--pgdata", folder.Data);
        return result.Succeeded;
    }

    Task<CommandResult> RunAsync(string program, TimeSpan timeout, CancellationToken cancellationToken, params string[] arguments) =>
        CommandRunner.RunAsync(PostgresAccount.StartInfo(program, folder.Root, arguments), timeout, cancellationToken);
}
