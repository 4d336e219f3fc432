namespace ItsmOrleans.Testing.Tests;

public sealed class RepositoryPathsTests
{
    [Fact]
    public void Root_is_the_folder_holding_the_solution()
    {
        Assert.True(File.Exists(RepositoryPaths.Combine("ItsmOrleans.sln")));
    }
}
