namespace ItsmOrleans.Web.Security;

/// <summary>The password hasher's user type: local accounts carry no per-user data into their password hashes.</summary>
public sealed class LocalAccount;
