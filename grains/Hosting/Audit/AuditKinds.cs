namespace ItsmOrleans.Hosting.Audit;

/// <summary>The kinds of security events.</summary>
public static class AuditKinds
{
    public const string SignIn = "sign-in";
    public const string SignInFailed = "sign-in-failed";
    public const string SignOut = "sign-out";
    public const string AuthenticationFailed = "authentication-failed";
    public const string PermissionDenied = "permission-denied";
    public const string ApiKeyCreated = "api-key-created";
    public const string ApiKeyRevoked = "api-key-revoked";
    public const string UserCreated = "user-created";
    public const string UserChanged = "user-changed";
    public const string PasswordChanged = "password-changed";
}
