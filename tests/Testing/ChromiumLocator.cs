using Microsoft.Playwright;

namespace ItsmOrleans.Testing;

/// <summary>
/// The system Chromium (Debian's <c>chromium</c> package) for Playwright. Tests never download a browser:
/// Playwright is pointed at this executable instead.
/// </summary>
public static class ChromiumLocator
{
    const string DebianPath = "/usr/bin/chromium";

    static readonly Lazy<string> executablePath = new(Locate);

    /// <summary>
    /// Flags for a sandbox-less, offline test machine: running as root needs <c>--no-sandbox</c>; the rest
    /// stop Chromium from reaching for the network or a GPU the machine does not have.
    /// </summary>
    public static IReadOnlyList<string> LaunchArguments { get; } =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
    ];

    /// <summary>The Chromium executable.</summary>
    /// <exception cref="MissingPrerequisiteException">Chromium is not installed.</exception>
    public static string ExecutablePath => executablePath.Value;

    /// <summary>Launches the system Chromium headless.</summary>
    public static Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        ArgumentNullException.ThrowIfNull(playwright);

        // Belt and braces: nothing below may fetch a browser build, which this machine cannot reach anyway.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        return playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            Headless = true,
            ExecutablePath = ExecutablePath,
            Args = LaunchArguments,
        });
    }

    static string Locate()
    {
        if (ExecutableSearch.IsExecutable(DebianPath))
        {
            return DebianPath;
        }

        return ExecutableSearch.OnPath("chromium")
            ?? ExecutableSearch.OnPath("chromium-browser")
            ?? throw new MissingPrerequisiteException($"Chromium was found neither at {DebianPath} nor on PATH (chromium, chromium-browser).");
    }
}
