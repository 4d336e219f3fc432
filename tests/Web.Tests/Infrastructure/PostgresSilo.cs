namespace ItsmOrleans.Web.Tests.Infrastructure;

/// <summary>Settings and schema for standalone silos (and web hosts as their clients) on a throwaway PostgreSQL server.</summary>
public static class PostgresSilo
{
    public static Dictionary<string, string?> Settings(PostgresServer postgres)
    {
        ArgumentNullException.ThrowIfNull(postgres);
        return new Dictionary<string, string?>
        {
            ["Database:Provider"] = "PostgreSql",
            ["Database:ConnectionString"] = postgres.ConnectionString,
            ["Orleans:SiloPort"] = FreePort.Get().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Orleans:GatewayPort"] = FreePort.Get().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Logging:LogLevel:Default"] = "Warning",
            ["Security:Admin:ApiKey"] = TestSettings.AdminKey,
        };
    }

    /// <summary>Applies the schema with `silo migrate`, as an operator does before the first start.</summary>
    public static async Task Migrate(IReadOnlyDictionary<string, string?> settings, TimeSpan timeout)
    {
        await using var migrate = AppProcess.Silo(settings, "migrate");
        Assert.Equal(0, await migrate.WaitForExit(timeout));
    }
}
