using ItsmOrleans.Contracts.Alerts;

namespace ItsmOrleans.Grains.Alerts;

[GenerateSerializer, Alias("itsm.AlertState")]
public sealed class AlertState
{
    [Id(0)] public AlertStatus Status { get; set; }
    [Id(1)] public int Count { get; set; }
    [Id(2)] public DateTimeOffset FirstSeen { get; set; }
    [Id(3)] public DateTimeOffset LastSeen { get; set; }
    [Id(4)] public string Summary { get; set; } = "";
    [Id(5)] public string Severity { get; set; } = "";
    [Id(6)] public string Source { get; set; } = "";
    [Id(7)] public string ServiceId { get; set; } = "";
    [Id(8)] public Guid? IncidentId { get; set; }
    [Id(9)] public string? IncidentNumber { get; set; }

    /// <summary>How many times the alert opened (a trigger after a resolve opens it again).</summary>
    [Id(10)] public int Occurrence { get; set; }

    [Id(11)] public string? GroupKey { get; set; }
    [Id(12)] public string IntegrationName { get; set; } = "";

    /// <summary>Times of its latest opens and resolves, as many as flap detection needs.</summary>
    [Id(13)] public List<DateTimeOffset> Transitions { get; set; } = [];

    [Id(14)] public bool Flapping { get; set; }

    /// <summary>The monitoring tool resolved it while it was flapping: it resolves here once it settles.</summary>
    [Id(15)] public bool HeldResolve { get; set; }

    /// <summary>Bumped by every event; orders its rows in lists and on boards.</summary>
    [Id(16)] public long Revision { get; set; }
}
