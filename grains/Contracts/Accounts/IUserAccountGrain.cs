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

    /// <summary>Counts a failed sign-in (five in a row lock the account for a while) or clears the count after a success.</summary>
    Task RecordSignIn(bool succeeded);
}
