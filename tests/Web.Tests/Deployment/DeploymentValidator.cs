using System.Diagnostics;

namespace ItsmOrleans.Web.Tests.Deployment;

/// <summary>Runs deploy/validate (Node) over a deploy folder, installing its pinned packages first when missing.</summary>
public static class DeploymentValidator
{
    private static readonly string Tool = RepositoryPaths.Combine("deploy", "validate");
    private static readonly SemaphoreSlim Install = new(1, 1);

    public static async Task<(int ExitCode, string Output)> Validate(string deployFolder)
    {
        await Install.WaitAsync();
        try
        {
            if (!Directory.Exists(Path.Combine(Tool, "node_modules")))
            {
                var (code, output) = await Run("npm", "ci", "--no-audit", "--no-fund");
                Assert.True(code == 0, $"npm ci in deploy/validate failed:\n{output}");
            }
        }
        finally
        {
            Install.Release();
        }

        return await Run("node", "validate.mjs", deployFolder);
    }

    private static async Task<(int ExitCode, string Output)> Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = Tool, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }
}
