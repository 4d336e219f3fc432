using ItsmOrleans.Contracts.Accounts;
using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Groups;
using ItsmOrleans.Contracts.Security;
using ItsmOrleans.Contracts.Validation;
using ItsmOrleans.Domain.Accounts;

namespace ItsmOrleans.Grains.Accounts;

/// <summary>
/// One local account. The password hash comes from the web host (ASP.NET Core's password hasher); the grain keeps it,
/// the roles and groups, the manager an administrator recorded, and the lockout after repeated failures.
/// </summary>
public sealed class UserAccountGrain(
    [PersistentState(UserAccountGrain.StateName, ItsmStorage.Name)] IPersistentState<UserAccountState> store,
    TimeProvider time) : Grain, IUserAccountGrain
{
    /// <summary>The name its state is stored under; the export reads the rows of this name.</summary>
    public const string StateName = "user";

    private UserAccountState State => store.State;

    public async Task<UserAccountView> Create(NewUserAccount account)
    {
        var errors = new FieldErrors();
        AccountRules.ValidateUserName(errors, account.UserName);
        errors.Text("displayName", account.DisplayName, TextLimits.Name, required: false);
        AccountRules.ValidateRolesAndGroups(errors, account.Roles, account.Groups);
        AccountRules.ValidateManager(errors, account.Manager);
        errors.ThrowIfAny();
        if (State.Created)
        {
            throw new VersionConflictException($"There is already a user {State.UserName}.");
        }

        var manager = await RecordableManager(account.Manager);

        (State.Created, State.UserName, State.DisplayName, State.Roles, State.Groups, State.PasswordHash, State.CreatedBy, State.CreatedAt) =
            (true, account.UserName.Trim(), string.IsNullOrWhiteSpace(account.DisplayName) ? account.UserName.Trim() : account.DisplayName.Trim(),
             [.. account.Roles.Distinct()], [.. account.Groups.Select(g => g.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)],
             account.PasswordHash, account.CreatedBy, time.GetUtcNow());
        State.Manager = manager;
        NewSecurityStamp();
        await store.WriteStateAsync();
        await GrainFactory.GetGrain<IAccountDirectoryGrain>(0).AddUser(this.GetPrimaryKeyString());
        await ReportGroups();
        return View();
    }

    public Task<UserAccountView> Get() => Task.FromResult(View());

    // Orleans' storage files some keys with another (0cafe with cafe): only the account this key names answers.
    public Task<UserAccountView?> Find() =>
        Task.FromResult(State.Created && UserAccountKey.Of(State.UserName) == this.GetPrimaryKeyString() ? State.ToView() : null);

    public async Task<UserAccountView> Update(UpdateUserAccount change)
    {
        EnsureCreated();
        var errors = new FieldErrors();
        AccountRules.ValidateRolesAndGroups(errors, change.Roles, change.Groups);
        errors.Text("displayName", change.DisplayName, TextLimits.Name, required: false);
        AccountRules.ValidateManager(errors, change.Manager);
        errors.ThrowIfAny();
        if (change.Manager is not null)
        {
            State.Manager = await RecordableManager(change.Manager);
        }

        State.Roles = change.Roles is null ? State.Roles : [.. change.Roles.Distinct()];
        State.Groups = change.Groups is null ? State.Groups : [.. change.Groups.Select(g => g.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)];
        State.Disabled = change.Disabled ?? State.Disabled;
        State.DisplayName = string.IsNullOrWhiteSpace(change.DisplayName) ? State.DisplayName : change.DisplayName.Trim();
        if (change.Disabled == false)
        {
            (State.FailedSignIns, State.LockedUntil) = (0, null);
        }

        NewSecurityStamp();
        await store.WriteStateAsync();
        await ReportGroups();
        return View();
    }

    public async Task<UserAccountView> SetPassword(string passwordHash, string changedBy)
    {
        EnsureCreated();
        (State.PasswordHash, State.FailedSignIns, State.LockedUntil) = (passwordHash, 0, null);
        NewSecurityStamp();
        await store.WriteStateAsync();
        return View();
    }

    public Task<UserCredentials?> GetCredentials() => Task.FromResult(State.Created
        ? new UserCredentials(State.PasswordHash, new Caller(State.UserName, State.Roles, State.Groups), State.Disabled, State.LockedUntil, State.SecurityStamp)
        : null);

    public Task<bool> SessionStands(string securityStamp, string sessionId) => Task.FromResult(
        State is { Created: true, Disabled: false } && State.SecurityStamp == securityStamp && !State.EndedSessions.ContainsKey(sessionId));

    public async Task EndSession(string sessionId, TimeSpan cookieLifetime)
    {
        if (!State.Created || State.EndedSessions.ContainsKey(sessionId))
        {
            return;
        }

        var now = time.GetUtcNow();
        State.EndedSessions = State.EndedSessions.Where(e => e.Value > now).ToDictionary();
        if (State.EndedSessions.Count >= AccountRules.MaxEndedSessions)
        {
            // Rather than forget a signed-out session while its cookie is still good, end every session of the account.
            NewSecurityStamp();
        }
        else
        {
            State.EndedSessions[sessionId] = now + cookieLifetime;
        }

        await store.WriteStateAsync();
    }

    public async Task RecordSignIn(bool succeeded)
    {
        if (!State.Created)
        {
            return;
        }

        var now = time.GetUtcNow();
        if (succeeded)
        {
            (State.FailedSignIns, State.LockedUntil, State.LastSignInAt) = (0, null, now);
        }
        else if (++State.FailedSignIns >= AccountRules.LockAfterFailures)
        {
            (State.FailedSignIns, State.LockedUntil) = (0, now + AccountRules.LockFor);
        }

        await store.WriteStateAsync();
    }

    /// <summary>The manager as their account spells their name, or null when none is given.</summary>
    private async Task<string?> RecordableManager(string? manager)
    {
        if (string.IsNullOrWhiteSpace(manager))
        {
            return null;
        }

        var key = UserAccountKey.Of(manager);
        if (key == this.GetPrimaryKeyString())
        {
            throw new DomainValidationException("manager", "An account is not its own manager.");
        }

        var account = await GrainFactory.GetGrain<IUserAccountGrain>(key).Find();
        return account?.UserName ?? throw new DomainValidationException("manager", $"There is no user '{manager.Trim()}'.");
    }

    /// <summary>The account's groups exist while it is in them (disabled or not: it may be enabled again).</summary>
    private Task ReportGroups() =>
        GrainFactory.GetGrain<IGroupDirectoryGrain>(0).SetGroups(GroupSource.Account(this.GetPrimaryKeyString()), State.Groups);

    /// <summary>Ends every session of the account: their cookies carry the old stamp.</summary>
    private void NewSecurityStamp()
    {
        State.SecurityStamp = Guid.NewGuid().ToString("N");
        State.EndedSessions = [];
    }

    private void EnsureCreated()
    {
        if (!State.Created)
        {
            throw new NotFoundException($"There is no user {this.GetPrimaryKeyString()}.");
        }
    }

    private UserAccountView View()
    {
        EnsureCreated();
        return State.ToView();
    }
}
