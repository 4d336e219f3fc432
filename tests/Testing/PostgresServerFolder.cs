using System.Globalization;

namespace ItsmOrleans.Testing;

/// <summary>
/// The private temp folder one test server lives in: its data, its Unix socket, its log, and the id of
/// the test process that owns it (so a later run can tell an abandoned folder from a live one).
/// </summary>
internal sealed class PostgresServerFolder(string root)
{
    public const string NamePrefix = "itsm-pg-";
    const int LogTailLines = 40;

    public string Root { get; } = root;
    public string Data => Path.Combine(Root, "data");
    public string Sockets => Path.Combine(Root, "sockets");
    public string Log => Path.Combine(Root, "server.log");
    string OwnerFile => Path.Combine(Root, "owner.pid");

    public static async Task<PostgresServerFolder> CreateAsync(CancellationToken cancellationToken)
    {
        var folder = new PostgresServerFolder(Directory.CreateTempSubdirectory(NamePrefix).FullName);
        try
        {
            await File.WriteAllTextAsync(folder.OwnerFile, Environment.ProcessId.ToString(CultureInfo.InvariantCulture), cancellationToken);
            Directory.CreateDirectory(folder.Data);
            Directory.CreateDirectory(folder.Sockets);
            await PostgresAccount.TakeOwnershipAsync(folder.Root, cancellationToken);
            return folder;
        }
        catch
        {
            folder.Delete();
            throw;
        }
    }

    public static IEnumerable<PostgresServerFolder> AllUnder(string tempFolder) =>
        Directory.EnumerateDirectories(tempFolder, NamePrefix + "*").Select(root => new PostgresServerFolder(root));

    /// <summary>True when the test process that created the folder has exited, or the folder is old and was never finished.</summary>
    public bool IsAbandoned()
    {
        try
        {
            if (int.TryParse(File.ReadAllText(OwnerFile), NumberStyles.None, CultureInfo.InvariantCulture, out var owner))
            {
                return !ProcessIsAlive(owner);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // No owner written yet (another test process is creating the folder this very moment), its owner
            // just deleted it, or it is another user's: judged by age below.
        }

        return Directory.Exists(Root) && Directory.GetLastWriteTimeUtc(Root) < DateTime.UtcNow.AddHours(-1);
    }

    public string LogTail()
    {
        if (!File.Exists(Log))
        {
            return "(the server wrote no log)";
        }

        using var reader = new StreamReader(new FileStream(Log, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete));
        var lines = reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(Environment.NewLine, lines.TakeLast(LogTailLines));
    }

    public void Delete()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    static bool ProcessIsAlive(int processId)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
