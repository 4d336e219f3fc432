namespace ItsmOrleans.Contracts.Accounts;

/// <summary>One local account, keyed by its user name in lower case.</summary>
public interface IUserAccountGrain : IGrainWithStringKey
{
    Task<UserAccountView> Create(NewUserAccount account);

    Task<UserAccountView> Get();

    /// <summary>The account, or null when there is no such account (other grains look people up with it).</summary>
    /// <remarks>Interleaves, so that two accounts recording each other as manager at once do not wait on each other.</remarks>
    [AlwaysInterleave]
    Task<UserAccountView?> Find();

    Task<UserAccountView> Update(UpdateUserAccount change);

    Task<UserAccountView> SetPassword(string passwordHash, string changedBy);

    /// <summary>The stored credentials, or null when there is no such account.</summary>
    Task<UserCredentials?> GetCredentials();

    /// <summary>
    /// Whether a browser session still stands: the account exists, is enabled, carries <paramref name="securityStamp"/>
    /// (unchanged since sign-in) and <paramref name="sessionId"/> was not signed out.
    /// </summary>
    Task<bool> SessionStands(string securityStamp, string sessionId);

    /// <summary>Ends one browser session (sign-out): its cookie is refused from now on, on every web host.</summary>
    /// <param name="cookieLifetime">How long its cookie could still be presented; the ended session is remembered that long.</param>
    Task EndSession(string sessionId, TimeSpan cookieLifetime);

    /// <summary>Counts a failed sign-in (five in a row lock the account for a while) or clears the count after a success.</summary>
    /// <remarks>One-way, so that a sign-in answers as fast for a known name as for an unknown one (which records nothing).</remarks>
    [OneWay]
    Task RecordSignIn(bool succeeded);
}
