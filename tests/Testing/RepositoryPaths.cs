namespace ItsmOrleans.Testing;

/// <summary>Locates files of this repository from a test's output folder.</summary>
public static class RepositoryPaths
{
    const string SolutionFile = "ItsmOrleans.sln";

    static readonly Lazy<string> root = new(FindRoot);

    /// <summary>The folder holding ItsmOrleans.sln.</summary>
    public static string Root => root.Value;

    /// <summary>A path inside the repository, e.g. <c>Combine("deploy", "sql")</c>.</summary>
    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, SolutionFile)))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} contains {SolutionFile}.");
    }
}
