namespace ItsmOrleans.Testing;

/// <summary>The PostgreSQL programs a test server needs, from PATH or else the newest <c>/usr/lib/postgresql/*/bin</c>.</summary>
internal sealed record PostgresBinaries(string Initdb, string PgCtl)
{
    const string DebianInstallRoot = "/usr/lib/postgresql";

    public static PostgresBinaries Locate()
    {
        if (ExecutableSearch.OnPath("initdb") is { } initdb && ExecutableSearch.OnPath("pg_ctl") is { } pgCtl)
        {
            return new PostgresBinaries(initdb, pgCtl);
        }

        // Debian keeps the server programs off PATH, one folder per major version.
        var newest = Directory.Exists(DebianInstallRoot)
            ? Directory.GetDirectories(DebianInstallRoot)
                .Select(folder => (Folder: Path.Combine(folder, "bin"), Version: Version.TryParse(Path.GetFileName(folder), out var v) ? v : null))
                .Where(candidate => candidate.Version is not null && InFolder(candidate.Folder) is not null)
                .OrderByDescending(candidate => candidate.Version)
                .Select(candidate => candidate.Folder)
                .FirstOrDefault()
            : null;

        return (newest is null ? null : InFolder(newest))
            ?? throw new MissingPrerequisiteException(
                $"PostgreSQL's initdb and pg_ctl were found neither on PATH nor under {DebianInstallRoot}/*/bin.");
    }

    static PostgresBinaries? InFolder(string folder)
    {
        var initdb = Path.Combine(folder, "initdb");
        var pgCtl = Path.Combine(folder, "pg_ctl");
        return ExecutableSearch.IsExecutable(initdb) && ExecutableSearch.IsExecutable(pgCtl)
            ? new PostgresBinaries(initdb, pgCtl)
            : null;
    }
}
