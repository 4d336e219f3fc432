namespace ItsmOrleans.Contracts.Changes;

/// <summary>An incident recorded as caused by a change.</summary>
[GenerateSerializer, Immutable, Alias("itsm.LinkedIncident")]
public sealed record LinkedIncident(Guid Id, string Number, string LinkedBy, DateTimeOffset LinkedAt);
