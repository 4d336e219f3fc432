using System.Security.Cryptography;
using System.Text;
using ItsmOrleans.Contracts.Accounts;
using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Groups;
using ItsmOrleans.Contracts.Security;
using ItsmOrleans.Contracts.Validation;

namespace ItsmOrleans.Grains.Accounts;

/// <summary>
/// One API key. Only a hash of its secret is stored; a presented secret is compared in constant time. The last use is
/// kept in memory (it is shown to admins, and not worth a write per request).
/// </summary>
public sealed class ApiKeyGrain(
    [PersistentState(ApiKeyGrain.StateName, ItsmStorage.Name)] IPersistentState<ApiKeyState> store,
    TimeProvider time) : Grain, IApiKeyGrain
{
    /// <summary>The name its state is stored under; the export reads the rows of this name.</summary>
    public const string StateName = "apiKey";

    private DateTimeOffset? _lastUsedAt;

    private ApiKeyState State => store.State;

    private string Id => this.GetPrimaryKeyString();

    public async Task<ApiKeyView> Create(NewApiKey key)
    {
        if (State.Created)
        {
            if (State.SecretHash != key.SecretHash)
            {
                throw new VersionConflictException("An API key with this id already exists.");
            }

            // Created again (the configured admin key, at every start): tell the directories again in case they missed it.
            await TellDirectories();
            return View();
        }

        var errors = new FieldErrors();
        errors.Text("name", key.Name, 100, required: true);
        if (!Enum.IsDefined(key.Role))
        {
            errors.Add("role", "Unknown role.");
        }

        errors.ThrowIfAny();
        (State.Created, State.Name, State.Role, State.Groups, State.SecretHash, State.CreatedBy, State.CreatedAt) =
            (true, key.Name.Trim(), key.Role, [.. key.Groups], key.SecretHash, key.CreatedBy, time.GetUtcNow());
        await store.WriteStateAsync();
        await TellDirectories();
        return View();
    }

    public Task<Caller?> Authenticate(string secretHash)
    {
        if (!State.Created || State.RevokedAt is not null || !Matches(secretHash))
        {
            return Task.FromResult<Caller?>(null);
        }

        _lastUsedAt = time.GetUtcNow();
        return Task.FromResult<Caller?>(new Caller(CallerNames.ForApiKey(State.Name), [State.Role], State.Groups));
    }

    public Task<ApiKeyView> Get() => Task.FromResult(View());

    public Task<ApiKeyView?> Find() => Task.FromResult(State.Created ? State.ToView(Id, _lastUsedAt) : null);

    public async Task<ApiKeyView> Revoke(string revokedBy)
    {
        if (State.RevokedAt is null)
        {
            (State.RevokedAt, State.RevokedBy) = (time.GetUtcNow(), revokedBy);
            EnsureCreated();
            await store.WriteStateAsync();

            // A revoked key can no longer work anything, so the groups it alone was in stop existing.
            await GrainFactory.GetGrain<IGroupDirectoryGrain>(0).SetGroups(GroupSource.ApiKey(Id), []);
        }

        return View();
    }

    /// <summary>Tells the directories that the key exists: its name names a caller, and its groups exist while it is not revoked.</summary>
    private async Task TellDirectories()
    {
        await GrainFactory.GetGrain<IAccountDirectoryGrain>(0).AddApiKey(Id, State.Name);
        await GrainFactory.GetGrain<IGroupDirectoryGrain>(0).SetGroups(GroupSource.ApiKey(Id), State.RevokedAt is null ? State.Groups : []);
    }

    private bool Matches(string secretHash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(secretHash), Encoding.ASCII.GetBytes(State.SecretHash));

    private void EnsureCreated()
    {
        if (!State.Created)
        {
            throw new NotFoundException($"There is no API key {Id}.");
        }
    }

    private ApiKeyView View()
    {
        EnsureCreated();
        return State.ToView(Id, _lastUsedAt);
    }
}
