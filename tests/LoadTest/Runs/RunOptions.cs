namespace ItsmOrleans.LoadTest.Runs;

/// <summary>The options of `run`: where, how hard, how long, and what to write.</summary>
public sealed record RunOptions
{
    public required Uri Url { get; init; }

    public required string ApiKey { get; init; }

    /// <summary>Intended operations per second (open model).</summary>
    public double Rate { get; init; } = 100;

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Operations intended before this much time are run but not measured.</summary>
    public TimeSpan WarmUp { get; init; } = TimeSpan.FromSeconds(5);

    public int Seed { get; init; } = 1;

    public ArrivalKind Arrivals { get; init; } = ArrivalKind.Constant;

    /// <summary>Operations in flight at most; one due beyond it is not sent and counted as an error of the tool.</summary>
    public int MaxInFlight { get; init; } = 512;

    /// <summary>How long one operation may take before it counts as a timeout.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    public string Output { get; init; } = "loadtest-report";

    /// <summary>alert-storm and mix: the share of alert events that repeat an alert already sent.</summary>
    public double Duplicates { get; init; } = 0.9;

    /// <summary>board-fanout and mix: SignalR board clients watching the run's incidents.</summary>
    public int Boards { get; init; } = 10;

    /// <summary>collaboration: agents in ticket rooms.</summary>
    public int Agents { get; init; } = 20;

    /// <summary>board-fanout, collaboration and mix: incidents the run changes.</summary>
    public int Tickets { get; init; } = 100;

    /// <summary>alert-storm: write every event sent, with its offset, to this file (JSON lines) for replay.</summary>
    public string? Record { get; init; }

    /// <summary>replay: the storm file to send again at its recorded offsets.</summary>
    public string? Replay { get; init; }

    public static RunOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Count)
            {
                throw new ArgumentException($"Expected '--option value', got '{args[i]}'.");
            }

            values[args[i][2..]] = args[i + 1];
        }

        var options = new RunOptions
        {
            Url = new Uri(Take(values, "url", "http://localhost:5080").TrimEnd('/') + "/"),
            ApiKey = Take(values, "api-key", Environment.GetEnvironmentVariable("ITSM_API_KEY") ?? "")
                is { Length: > 0 } key ? key : throw new ArgumentException("Give an API key with --api-key or ITSM_API_KEY."),
            Rate = double.Parse(Take(values, "rate", "100"), CultureInfo.InvariantCulture),
            Duration = Time(Take(values, "duration", "30s")),
            WarmUp = Time(Take(values, "warmup", "5s")),
            Seed = int.Parse(Take(values, "seed", "1"), CultureInfo.InvariantCulture),
            Arrivals = Enum.Parse<ArrivalKind>(Take(values, "arrivals", "constant"), ignoreCase: true),
            MaxInFlight = int.Parse(Take(values, "max-in-flight", "512"), CultureInfo.InvariantCulture),
            Timeout = Time(Take(values, "timeout", "10s")),
            Output = Take(values, "out", "loadtest-report"),
            Duplicates = double.Parse(Take(values, "duplicates", "0.9"), CultureInfo.InvariantCulture),
            Boards = int.Parse(Take(values, "boards", "10"), CultureInfo.InvariantCulture),
            Agents = int.Parse(Take(values, "agents", "20"), CultureInfo.InvariantCulture),
            Tickets = int.Parse(Take(values, "tickets", "100"), CultureInfo.InvariantCulture),
            Record = values.Remove("record", out var record) ? record : null,
            Replay = values.Remove("replay", out var replay) ? replay : null,
        };
        if (values.Count > 0)
        {
            throw new ArgumentException($"Unknown option --{values.Keys.First()}.");
        }

        if (options.Rate <= 0 || options.Duration <= TimeSpan.Zero || options.MaxInFlight < 1 || options.Duplicates is < 0 or >= 1)
        {
            throw new ArgumentException("--rate and --duration are positive, --max-in-flight at least 1, --duplicates from 0 to below 1.");
        }

        return options;
    }

    /// <summary>"30s", "2m", "500ms", or a TimeSpan ("00:00:30").</summary>
    public static TimeSpan Time(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        static double Number(string s) => double.Parse(s, CultureInfo.InvariantCulture);
        return text switch
        {
            _ when text.EndsWith("ms", StringComparison.Ordinal) => TimeSpan.FromMilliseconds(Number(text[..^2])),
            _ when text.EndsWith('s') => TimeSpan.FromSeconds(Number(text[..^1])),
            _ when text.EndsWith('m') => TimeSpan.FromMinutes(Number(text[..^1])),
            _ => TimeSpan.Parse(text, CultureInfo.InvariantCulture),
        };
    }

    private static string Take(Dictionary<string, string> values, string name, string fallback) =>
        values.Remove(name, out var value) ? value : fallback;
}
