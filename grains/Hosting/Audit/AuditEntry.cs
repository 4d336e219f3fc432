namespace ItsmOrleans.Hosting.Audit;

/// <summary>A security event to record.</summary>
/// <param name="Kind">One of <see cref="AuditKinds"/>.</param>
/// <param name="Actor">Who did it, or who tried ("anonymous" when unknown).</param>
/// <param name="Subject">What it was done to: a user, a key id, a path.</param>
public sealed record AuditEntry(string Kind, string Actor, string? Subject = null, string? Detail = null, string? RemoteAddress = null);
