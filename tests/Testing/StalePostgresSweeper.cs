using System.Diagnostics;

namespace ItsmOrleans.Testing;

/// <summary>
/// Stops and removes servers left behind by test processes that were killed before they could clean up
/// (no exit handler runs after SIGKILL or a crash).
/// </summary>
internal static class StalePostgresSweeper
{
    static readonly TimeSpan LockTimeout = TimeSpan.FromSeconds(120);
    static readonly TimeSpan LockPollInterval = TimeSpan.FromMilliseconds(50);

    public static async Task SweepAsync(PostgresBinaries binaries, CancellationToken cancellationToken)
    {
        // Test projects start servers in parallel; one sweeper at a time, or two would stop the same server.
        await using var sweepLock = await LockAsync(cancellationToken);
        foreach (var folder in PostgresServerFolder.AllUnder(Path.GetTempPath()))
        {
            if (!folder.IsAbandoned())
            {
                continue;
            }

            var control = new PostgresControl(binaries, folder);
            if (await control.IsRunningAsync(cancellationToken))
            {
                await control.StopAsync(PostgresShutdownMode.Immediate, cancellationToken);
            }

            try
            {
                folder.Delete();
            }
            catch (UnauthorizedAccessException)
            {
                // Another user's folder: theirs to sweep.
            }
        }
    }

    static async Task<FileStream> LockAsync(CancellationToken cancellationToken)
    {
        var path = Path.Combine(Path.GetTempPath(), $"{PostgresServerFolder.NamePrefix}sweep.{Environment.UserName}.lock");
        var waited = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                // FileShare.None takes an exclusive flock on Unix, which other processes (and streams) respect.
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (waited.Elapsed < LockTimeout)
            {
                await Task.Delay(LockPollInterval, cancellationToken);
            }
        }
    }
}
