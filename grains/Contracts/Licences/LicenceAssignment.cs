namespace ItsmOrleans.Contracts.Licences;

/// <summary>One seat given to a person or a device.</summary>
[GenerateSerializer, Immutable, Alias("itsm.LicenceAssignment")]
public sealed record LicenceAssignment(string Assignee, DateTimeOffset AssignedAt, string AssignedBy);
