using Microsoft.Extensions.Logging;

namespace ItsmOrleans.Grains.Projections;

/// <summary>
/// Writes a read-model row, retrying briefly. If the database stays unavailable the command fails: an acknowledged
/// change is always in the lists. The grain state may already be saved; a retry with the same idempotency key, or the
/// next activation, writes the row again.
/// </summary>
public static class ProjectionRetry
{
    private static readonly TimeSpan[] Delays = [TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(1)];

    public static async Task Run(Func<Task> write, TimeProvider time, ILogger logger, string record)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await write();
                return;
            }
            catch (Exception exception) when (attempt < Delays.Length
                && exception is System.Data.Common.DbException or TimeoutException or IOException)
            {
                logger.LogWarning(exception, "Could not update the read model row of {Record}; retrying", record);
                await Task.Delay(Delays[attempt], time);
            }
        }
    }
}
