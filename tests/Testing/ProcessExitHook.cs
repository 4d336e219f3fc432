using System.Runtime.InteropServices;

namespace ItsmOrleans.Testing;

/// <summary>
/// Runs a clean-up once if the process ends while its owner is still alive: on a normal exit, and on
/// SIGTERM, SIGINT or SIGHUP, which .NET otherwise obeys without raising ProcessExit. It never cancels
/// the termination; SIGKILL and crashes are left to <see cref="StalePostgresSweeper"/>.
/// </summary>
internal sealed class ProcessExitHook : IDisposable
{
    readonly Action cleanUp;
    readonly PosixSignalRegistration[] signals;
    int ran;

    public ProcessExitHook(Action cleanUp)
    {
        this.cleanUp = cleanUp;
        AppDomain.CurrentDomain.ProcessExit += OnProcessExit;
        signals =
        [
            PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal),
            PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal),
            PosixSignalRegistration.Create(PosixSignal.SIGHUP, OnSignal),
        ];
    }

    public void Dispose()
    {
        AppDomain.CurrentDomain.ProcessExit -= OnProcessExit;
        foreach (var signal in signals)
        {
            signal.Dispose();
        }
    }

    void OnProcessExit(object? sender, EventArgs e) => RunOnce();

    void OnSignal(PosixSignalContext context) => RunOnce();

    void RunOnce()
    {
        if (Interlocked.Exchange(ref ran, 1) == 0)
        {
            cleanUp();
        }
    }
}
