using ItsmOrleans.Contracts.Alerts;

namespace ItsmOrleans.Hosting.ReadModel;

/// <summary>What an alert list is narrowed by; null means any.</summary>
public sealed record AlertFilter(AlertStatus? Status = null, string? ServiceId = null, Guid? IncidentId = null, string? DedupKey = null);
