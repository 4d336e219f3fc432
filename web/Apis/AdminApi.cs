using ItsmOrleans.Contracts.Accounts;
using ItsmOrleans.Domain.Accounts;
using ItsmOrleans.Hosting.Audit;

namespace ItsmOrleans.Web.Apis;

/// <summary>Administration under /api/admin: local accounts, API keys and the security audit log. Admins only.</summary>
public static class AdminApi
{
    public static RouteGroupBuilder MapAdminApi(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/admin").WithTags("Administration").RequireAuthorization(ItsmPolicies.Administer);
        admin.MapGet("/users", ListUsers).WithName("ListUsers");
        admin.MapPost("/users", CreateUser).WithName("CreateUser");
        admin.MapGet("/users/{userName}", GetUser).WithName("GetUser");
        admin.MapPatch("/users/{userName}", UpdateUser).WithName("UpdateUser");
        admin.MapPost("/users/{userName}/password", SetPassword).WithName("SetUserPassword");
        admin.MapGet("/api-keys", ListApiKeys).WithName("ListApiKeys");
        admin.MapPost("/api-keys", CreateApiKey).WithName("CreateApiKey");
        admin.MapDelete("/api-keys/{id}", RevokeApiKey).WithName("RevokeApiKey");
        admin.MapGet("/audit", ReadAudit).WithName("ReadAuditLog");
        admin.ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return admin;
    }

    private static async Task<Ok<UserAccountView[]>> ListUsers(IGrainFactory grains)
    {
        var names = await grains.GetGrain<IAccountDirectoryGrain>(0).Users();
        return TypedResults.Ok(await Task.WhenAll(names.Select(n => grains.GetGrain<IUserAccountGrain>(n).Get())));
    }

    private static async Task<Created<UserAccountView>> CreateUser(CreateUserRequest request, HttpContext http, IGrainFactory grains, LocalPasswords passwords, IAuditLog audit)
    {
        var errors = new FieldErrors();
        AccountRules.ValidateUserName(errors, request.UserName);
        var roles = AccountRequestRules.Roles(errors, request.Roles, required: true);
        AccountRequestRules.Groups(errors, request.Groups);
        AccountRequestRules.Password(errors, request.Password);
        AccountRules.ValidateManager(errors, request.Manager);
        errors.ThrowIfAny();
        var admin = CallerClaims.ToCaller(http.User).Name;
        var key = LocalSignIn.Normalize(request.UserName);
        var view = await grains.GetGrain<IUserAccountGrain>(key).Create(new NewUserAccount(
            request.UserName!, request.DisplayName ?? "", roles!, request.Groups ?? [], passwords.Hash(request.Password!), admin, request.Manager));
        await audit.Record(new AuditEntry(AuditKinds.UserCreated, admin, key, $"roles {string.Join(",", roles!.Select(RoleNames.Of))}{(view.Manager is null ? "" : ManagerNote(view))}"), http.RequestAborted);
        return TypedResults.Created($"/api/admin/users/{key}", view);
    }

    private static async Task<Ok<UserAccountView>> GetUser(string userName, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IUserAccountGrain>(LocalSignIn.Normalize(userName)).Get());

    private static async Task<Ok<UserAccountView>> UpdateUser(string userName, UpdateUserRequest request, HttpContext http, IGrainFactory grains, IAuditLog audit)
    {
        var errors = new FieldErrors();
        var roles = AccountRequestRules.Roles(errors, request.Roles, required: false);
        AccountRequestRules.Groups(errors, request.Groups);
        AccountRules.ValidateManager(errors, request.Manager);
        errors.ThrowIfAny();
        var admin = CallerClaims.ToCaller(http.User).Name;
        var key = LocalSignIn.Normalize(userName);
        var view = await grains.GetGrain<IUserAccountGrain>(key).Update(new UpdateUserAccount(roles, request.Groups, request.Disabled, request.DisplayName, admin, request.Manager));
        var changed = request.Disabled == true ? "disabled" : "roles, groups or name";
        await audit.Record(new AuditEntry(AuditKinds.UserChanged, admin, key, request.Manager is null ? changed : changed + ManagerNote(view)), http.RequestAborted);
        return TypedResults.Ok(view);
    }

    /// <summary>Who approves a person's manager step is a security decision, so the audit log names the manager.</summary>
    private static string ManagerNote(UserAccountView view) => $"; manager {view.Manager ?? "none"}";

    private static async Task<Ok<UserAccountView>> SetPassword(string userName, SetPasswordRequest request, HttpContext http, IGrainFactory grains, LocalPasswords passwords, IAuditLog audit)
    {
        var errors = new FieldErrors();
        AccountRequestRules.Password(errors, request.Password);
        errors.ThrowIfAny();
        var admin = CallerClaims.ToCaller(http.User).Name;
        var key = LocalSignIn.Normalize(userName);
        var view = await grains.GetGrain<IUserAccountGrain>(key).SetPassword(passwords.Hash(request.Password!), admin);
        await audit.Record(new AuditEntry(AuditKinds.PasswordChanged, admin, key), http.RequestAborted);
        return TypedResults.Ok(view);
    }

    private static async Task<Ok<ApiKeyView[]>> ListApiKeys(IGrainFactory grains)
    {
        var ids = await grains.GetGrain<IAccountDirectoryGrain>(0).ApiKeys();
        return TypedResults.Ok(await Task.WhenAll(ids.Select(id => grains.GetGrain<IApiKeyGrain>(id).Get())));
    }

    private static async Task<Created<CreatedApiKey>> CreateApiKey(CreateApiKeyRequest request, HttpContext http, IGrainFactory grains, IAuditLog audit)
    {
        var errors = new FieldErrors();
        errors.Text("name", request.Name, 100, required: true);
        var role = RoleNames.Parse(request.Role);
        if (role is null)
        {
            errors.Add("role", $"Give one of: {string.Join(", ", RoleNames.All.Select(RoleNames.Of))}.");
        }

        AccountRequestRules.Groups(errors, request.Groups);
        errors.ThrowIfAny();
        var admin = CallerClaims.ToCaller(http.User).Name;
        var secret = ApiKeySecret.New();
        var view = await grains.GetGrain<IApiKeyGrain>(secret.Id).Create(new NewApiKey(request.Name!, role!.Value, request.Groups ?? [], secret.SecretHash, admin));
        await audit.Record(new AuditEntry(AuditKinds.ApiKeyCreated, admin, secret.Id, $"{view.Name} as {RoleNames.Of(view.Role)}"), http.RequestAborted);
        return TypedResults.Created($"/api/admin/api-keys/{secret.Id}", new CreatedApiKey(secret.Key, view));
    }

    private static async Task<Ok<ApiKeyView>> RevokeApiKey(string id, HttpContext http, IGrainFactory grains, IAuditLog audit)
    {
        var admin = CallerClaims.ToCaller(http.User).Name;
        var view = await grains.GetGrain<IApiKeyGrain>(id).Revoke(admin);
        await audit.Record(new AuditEntry(AuditKinds.ApiKeyRevoked, admin, id, view.Name), http.RequestAborted);
        return TypedResults.Ok(view);
    }

    private static async Task<Ok<IReadOnlyList<AuditEvent>>> ReadAudit(HttpContext http, IAuditLog audit)
    {
        var errors = new FieldErrors();
        var limit = Number(errors, http.Request.Query, "limit", 100, 1, 500);
        var before = http.Request.Query.ContainsKey("before") ? Number(errors, http.Request.Query, "before", 0, 1, long.MaxValue) : (long?)null;
        errors.ThrowIfAny();
        return TypedResults.Ok(await audit.Read((int)limit, before, http.RequestAborted));
    }

    private static long Number(FieldErrors errors, IQueryCollection query, string name, long fallback, long min, long max)
    {
        if (!query.TryGetValue(name, out var text))
        {
            return fallback;
        }

        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        errors.Add(name, $"'{name}' is a whole number from {min} to {max}.");
        return fallback;
    }
}
