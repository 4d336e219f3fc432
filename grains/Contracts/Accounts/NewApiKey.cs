using ItsmOrleans.Contracts.Security;

namespace ItsmOrleans.Contracts.Accounts;

/// <summary>An API key to create: what it is for, the role it acts with, and the hash of its secret (the secret itself is never stored).</summary>
[GenerateSerializer, Immutable, Alias("itsm.NewApiKey")]
public sealed record NewApiKey(string Name, Role Role, IReadOnlyList<string> Groups, string SecretHash, string CreatedBy);
