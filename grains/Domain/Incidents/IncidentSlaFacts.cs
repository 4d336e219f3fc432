using ItsmOrleans.Contracts.Incidents;

namespace ItsmOrleans.Domain.Incidents;

/// <summary>What an incident's SLA depends on, as its history tells it entry by entry: status, priority, policy, responded.</summary>
internal sealed class IncidentSlaFacts
{
    public IncidentStatus Status { get; private set; } = IncidentStatus.New;

    public Priority Priority { get; private set; } = Priority.P3;

    public string PolicyId { get; private set; } = "";

    public bool Responded { get; private set; }

    public static bool Affects(HistoryEntry entry) => entry.Changes.Any(c => c.Field is "status" or "priority" or "slaPolicy" or "respondedAt");

    public void Apply(HistoryEntry entry)
    {
        foreach (var change in entry.Changes)
        {
            switch (change.Field)
            {
                case "status" when change.New is { } status:
                    Status = Enum.Parse<IncidentStatus>(status, ignoreCase: true);
                    break;
                case "priority" when change.New is { } priority:
                    Priority = Enum.Parse<Priority>(priority, ignoreCase: true);
                    break;
                case "slaPolicy" when change.New is { } policy:
                    PolicyId = policy;
                    break;
            }
        }

        Responded |= FirstResponse.In(entry);
    }
}
