namespace ItsmOrleans.Testing;

/// <summary>How a finished program ended: its exit code and everything it printed, stdout and stderr interleaved.</summary>
internal sealed record CommandResult(string CommandLine, int ExitCode, string Output)
{
    public bool Succeeded => ExitCode == 0;

    public CommandResult EnsureSucceeded()
    {
        return Succeeded
            ? this
            : throw new InvalidOperationException($"`{CommandLine}` exited with {ExitCode}:{Environment.NewLine}{Output}");
    }
}
