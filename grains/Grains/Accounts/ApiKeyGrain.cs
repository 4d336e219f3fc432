using System.Security.Cryptography;
using System.Text;
using ItsmOrleans.Contracts.Accounts;
using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Security;

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

    public async Task<ApiKeyView> Create(NewApiKey key)
    {
        if (State.Created)
        {
            return State.SecretHash == key.SecretHash ? View() : throw new VersionConflictException("An API key with this id already exists.");
        }

        var errors = new Incidents.FieldErrors();
        errors.Text("name", key.Name, 100, required: true);
        if (!Enum.IsDefined(key.Role))
        {
            errors.Add("role", "Unknown role.");
        }

        errors.ThrowIfAny();
        (State.Created, State.Name, State.Role, State.Groups, State.SecretHash, State.CreatedBy, State.CreatedAt) =
            (true, key.Name.Trim(), key.Role, [.. key.Groups], key.SecretHash, key.CreatedBy, time.GetUtcNow());
        await store.WriteStateAsync();
        await GrainFactory.GetGrain<IAccountDirectoryGrain>(0).AddApiKey(this.GetPrimaryKeyString());
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

    public async Task<ApiKeyView> Revoke(string revokedBy)
    {
        if (State.RevokedAt is null)
        {
            (State.RevokedAt, State.RevokedBy) = (time.GetUtcNow(), revokedBy);
            EnsureCreated();
            await store.WriteStateAsync();
        }

        return View();
    }

    private bool Matches(string secretHash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(secretHash), Encoding.ASCII.GetBytes(State.SecretHash));

    private void EnsureCreated()
    {
        if (!State.Created)
        {
            throw new NotFoundException($"There is no API key {this.GetPrimaryKeyString()}.");
        }
    }

    private ApiKeyView View()
    {
        EnsureCreated();
        return State.ToView(this.GetPrimaryKeyString(), _lastUsedAt);
    }
}
