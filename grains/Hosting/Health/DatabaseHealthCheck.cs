using System.Data.Common;
using ItsmOrleans.Hosting.Database;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ItsmOrleans.Hosting.Health;

/// <summary>Healthy when the database accepts a connection and a trivial query.</summary>
public sealed class DatabaseHealthCheck(ItsmDatabase database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await database.OpenConnectionAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT 1";
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy($"{database.Provider} reachable");
        }
        catch (DbException exception)
        {
            return HealthCheckResult.Unhealthy($"{database.Provider} unreachable", exception);
        }
    }
}
