namespace ItsmOrleans.Grains;

/// <summary>Names of the grain storage providers the grains use.</summary>
public static class ItsmStorage
{
    /// <summary>Tickets, SLA clocks, counters and directories: the durable store (SQLite or PostgreSQL).</summary>
    public const string Name = "itsm";
}
