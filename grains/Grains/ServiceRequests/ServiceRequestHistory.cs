using ItsmOrleans.Contracts.ServiceRequests;

namespace ItsmOrleans.Grains.ServiceRequests;

/// <summary>What happened to a service request, in order: every entry is numbered after the last.</summary>
public static class ServiceRequestHistory
{
    public static void Add(ServiceRequestState state, DateTimeOffset at, string actor, string kind, string text)
    {
        ArgumentNullException.ThrowIfNull(state);
        state.History.Add(new ServiceRequestHistoryEntry(state.History.Count + 1, at, actor, kind, text));
    }
}
