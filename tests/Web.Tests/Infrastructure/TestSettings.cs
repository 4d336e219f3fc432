namespace ItsmOrleans.Web.Tests.Infrastructure;

/// <summary>Configuration shared by the web tests: private ports and data, and an SLA policy measured in seconds.</summary>
public static class TestSettings
{
    public const string FastPolicy = "fast";

    /// <summary>The fast policy: response after <see cref="FastResponse"/>, resolution after <see cref="FastResolution"/>, at every priority.</summary>
    public static readonly TimeSpan FastResponse = TimeSpan.FromSeconds(3);

    public static readonly TimeSpan FastResolution = TimeSpan.FromSeconds(6);

    /// <summary>The bootstrap admin API key every test host is configured with.</summary>
    public static string AdminKey { get; } = Web.Security.ApiKeySecret.New().Key;

    /// <summary>The password of the first administrator ("admin") every test host creates.</summary>
    public const string AdminPassword = "correct horse battery staple";

    public static Dictionary<string, string?> For(string dataFolder, int siloPort, int gatewayPort)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Security:Admin:ApiKey"] = AdminKey,
            ["Security:Admin:Password"] = AdminPassword,
            // Tests fire requests far faster than people; the limits themselves are tested with a host of their own.
            ["Webhooks:FirstRetryDelay"] = "00:00:00.200",
            // The receivers tests deliver to listen on loopback, which webhooks may not reach unless allowed.
            ["Webhooks:AllowedPrivateNetworks:0"] = "127.0.0.0/8",
            ["Escalations:MinimumDelay"] = "00:00:01",
            ["RateLimits:PerApiKey:PermitsPerSecond"] = "100000",
            ["RateLimits:PerApiKey:Burst"] = "100000",
            ["RateLimits:PerUser:PermitsPerSecond"] = "100000",
            ["RateLimits:PerUser:Burst"] = "100000",
            ["RateLimits:Anonymous:PermitsPerSecond"] = "100000",
            ["RateLimits:Anonymous:Burst"] = "100000",
            ["RateLimits:PerHubConnection:PermitsPerSecond"] = "100000",
            ["RateLimits:PerHubConnection:Burst"] = "100000",
            ["Database:DataFolder"] = dataFolder,
            ["Orleans:SiloPort"] = siloPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Orleans:GatewayPort"] = gatewayPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var priority in new[] { "P1", "P2", "P3", "P4", "P5" })
        {
            settings[$"Sla:Policies:{FastPolicy}:Targets:{priority}:Response"] = FastResponse.ToString();
            settings[$"Sla:Policies:{FastPolicy}:Targets:{priority}:Resolution"] = FastResolution.ToString();
        }

        return settings;
    }
}
