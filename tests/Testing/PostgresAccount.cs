using System.Diagnostics;

namespace ItsmOrleans.Testing;

/// <summary>
/// Runs PostgreSQL's programs under an account PostgreSQL accepts. PostgreSQL refuses to run as root,
/// so under root (CI, this machine) its folders belong to the <c>postgres</c> user the Debian package
/// creates and its programs run through <c>runuser -u postgres --</c>; any other user runs them directly.
/// </summary>
internal static class PostgresAccount
{
    const string ServiceUser = "postgres";
    static readonly TimeSpan ChownTimeout = TimeSpan.FromSeconds(30);

    public static bool MustSwitchUser { get; } = Environment.UserName == "root";

    /// <summary>Describes how to run <paramref name="program"/> as the account that owns the server's files.</summary>
    public static ProcessStartInfo StartInfo(string program, string workingFolder, params string[] arguments)
    {
        // The working folder must be readable by the postgres user, or its programs warn that they cannot change into it.
        var start = new ProcessStartInfo(MustSwitchUser ? "runuser" : program) { WorkingDirectory = workingFolder };
        string[] switchUser = MustSwitchUser ? ["-u", ServiceUser, "--", program] : [];
        foreach (var argument in switchUser.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }

    /// <summary>Hands <paramref name="folder"/> and everything in it to the account that will run the server.</summary>
    public static async Task TakeOwnershipAsync(string folder, CancellationToken cancellationToken)
    {
        if (!MustSwitchUser)
        {
            return;
        }

        var start = new ProcessStartInfo("chown") { ArgumentList = { "-R", $"{ServiceUser}:{ServiceUser}", folder } };
        var result = await CommandRunner.RunAsync(start, ChownTimeout, cancellationToken);
        if (!result.Succeeded)
        {
            throw new MissingPrerequisiteException(
                $"Running as root, the PostgreSQL test server needs the '{ServiceUser}' user that the postgresql package creates, but `{result.CommandLine}` failed: {result.Output.Trim()}.");
        }
    }
}
