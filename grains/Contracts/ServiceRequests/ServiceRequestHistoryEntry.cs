namespace ItsmOrleans.Contracts.ServiceRequests;

/// <summary>One recorded event of a service request (submitted, approved, task done, SLA threshold…).</summary>
[GenerateSerializer, Immutable, Alias("itsm.ServiceRequestHistoryEntry")]
public sealed record ServiceRequestHistoryEntry(int Sequence, DateTimeOffset At, string Actor, string Kind, string Text);
