namespace ItsmOrleans.Grains.Alerts;

[GenerateSerializer, Alias("itsm.AlertGroupState")]
public sealed class AlertGroupState
{
    /// <summary>Incidents this group raised so far; names the next one's id, so a retried raise finds the same incident.</summary>
    [Id(0)] public int Raised { get; set; }

    /// <summary>The incident new alerts join while they keep coming within the grouping window.</summary>
    [Id(1)] public Guid? Current { get; set; }

    [Id(2)] public DateTimeOffset? LastAlertAt { get; set; }

    /// <summary>The group's incidents with alerts still open (and the current one).</summary>
    [Id(3)] public List<GroupedIncident> Incidents { get; set; } = [];
}

[GenerateSerializer, Alias("itsm.GroupedIncident")]
public sealed class GroupedIncident
{
    [Id(0)] public Guid Id { get; set; }
    [Id(1)] public string Number { get; set; } = "";

    /// <summary>The most severe severity among its alerts; its impact and urgency follow it.</summary>
    [Id(2)] public string Severity { get; set; } = "";

    /// <summary>Keys of its alerts that are open.</summary>
    [Id(3)] public HashSet<string> OpenAlerts { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Alerts that ever joined it.</summary>
    [Id(4)] public int Alerts { get; set; }
}
