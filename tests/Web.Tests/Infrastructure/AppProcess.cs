using System.Diagnostics;
using System.Text;

namespace ItsmOrleans.Web.Tests.Infrastructure;

/// <summary>
/// A host (web app or standalone silo) run as its own operating-system process, so a test can kill it with SIGKILL
/// exactly as a crash would, and start it again on the same data.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private AppProcess(string assembly, string contentRoot, int httpPort, IReadOnlyDictionary<string, string?> settings, string[] arguments)
    {
        BaseAddress = new Uri($"http://127.0.0.1:{httpPort}/");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = contentRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(assembly);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.ArgumentList.Add($"--urls=http://127.0.0.1:{httpPort}");
        start.ArgumentList.Add($"--contentRoot={contentRoot}");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public Uri BaseAddress { get; }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static AppProcess Web(IReadOnlyDictionary<string, string?> settings) =>
        new(BuiltAssembly("web", "ItsmOrleans.Web.dll"), RepositoryPaths.Combine("web"), FreePort.Get(), settings, []);

    public static AppProcess Silo(IReadOnlyDictionary<string, string?> settings, params string[] arguments) =>
        new(BuiltAssembly("silo", "ItsmOrleans.Silo.dll"), RepositoryPaths.Combine("silo"), FreePort.Get(), settings, arguments);

    /// <summary>An HTTP client signed in with the bootstrap admin key of <see cref="TestSettings"/>.</summary>
    public HttpClient CreateClient()
    {
        var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Add("X-Api-Key", TestSettings.AdminKey);
        return http;
    }

    public async Task WaitUntilHealthy(TimeSpan timeout)
    {
        using var http = CreateClient();
        try
        {
            await Health.WaitUntilHealthy(http, timeout);
        }
        catch (TimeoutException exception)
        {
            throw new TimeoutException($"{exception.Message}\n--- process output ---\n{Output}", exception);
        }
    }

    /// <summary>Waits for a short-lived command (such as `silo migrate`) to finish and returns its exit code.</summary>
    public async Task<int> WaitForExit(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancel.Token);
        return _process.ExitCode;
    }

    /// <summary>SIGKILL: no shutdown hooks, no flushing, like a power cut for this process.</summary>
    public async Task Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Kill();
        _process.Dispose();
    }

    private static string BuiltAssembly(string project, string file)
    {
        // This test assembly lives in tests/Web.Tests/bin/<Configuration>/<tfm>/; the hosts were built alongside.
        var tfmFolder = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = tfmFolder.Parent!.Name;
        var path = RepositoryPaths.Combine(project, "bin", configuration, tfmFolder.Name, file);
        return File.Exists(path) ? path : throw new FileNotFoundException($"{file} is not built; build the solution first.", path);
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
