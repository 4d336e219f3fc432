namespace ItsmOrleans.Contracts.Incidents;

/// <summary>The requester says a resolved incident is not fixed; <paramref name="Reason"/> says what is still wrong.</summary>
[GenerateSerializer, Immutable, Alias("itsm.ReopenIncident")]
public sealed record ReopenIncident(string Reason);
