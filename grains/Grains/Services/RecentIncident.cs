namespace ItsmOrleans.Grains.Services;

/// <summary>An incident raised on a service recently: what the problem suggestion counts.</summary>
[GenerateSerializer, Immutable, Alias("itsm.RecentIncident")]
public sealed record RecentIncident(Guid Id, string Number, DateTimeOffset CreatedAt);
