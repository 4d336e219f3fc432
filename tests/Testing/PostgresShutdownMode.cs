namespace ItsmOrleans.Testing;

/// <summary>How <see cref="PostgresServer.StopAsync"/> ends the server (pg_ctl's <c>-m</c> option).</summary>
public enum PostgresShutdownMode
{
    /// <summary>Disconnects clients, writes a checkpoint and exits cleanly.</summary>
    Fast,

    /// <summary>Exits at once without a checkpoint, as a crash would; the next start replays the write-ahead log.</summary>
    Immediate,
}
