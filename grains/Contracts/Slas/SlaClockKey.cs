namespace ItsmOrleans.Contracts.Slas;

/// <summary>Addresses the clock grains of an incident.</summary>
public static class SlaClockKey
{
    public static string For(SlaClockKind kind) => kind switch
    {
        SlaClockKind.Response => "response",
        SlaClockKind.Resolution => "resolution",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown SLA clock."),
    };

    public static SlaClockKind Parse(string key) => key switch
    {
        "response" => SlaClockKind.Response,
        "resolution" => SlaClockKind.Resolution,
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, "Unknown SLA clock."),
    };

    public static ISlaClockGrain GetSlaClock(this IGrainFactory grains, Guid incidentId, SlaClockKind kind) =>
        grains.GetGrain<ISlaClockGrain>(incidentId, For(kind));
}
