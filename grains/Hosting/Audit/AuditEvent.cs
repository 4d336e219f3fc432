namespace ItsmOrleans.Hosting.Audit;

/// <summary>A recorded security event, as admins read it.</summary>
public sealed record AuditEvent(long Id, DateTimeOffset At, string Kind, string Actor, string? Subject, string? Detail, string? RemoteAddress);
