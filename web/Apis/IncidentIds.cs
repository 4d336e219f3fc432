namespace ItsmOrleans.Web.Apis;

/// <summary>
/// Chooses the id of a new incident. With an idempotency key the id is derived from the caller and the key, so a retried
/// create reaches the same grain and returns the incident made the first time.
/// </summary>
public static class IncidentIds
{
    /// <param name="kind">The kind of record ("incident", "change"), so one key used for two kinds makes two records.</param>
    public static Guid ForCreate(string actor, string? idempotencyKey, string kind = "incident")
    {
        return idempotencyKey is null ? Guid.CreateVersion7() : NameBasedGuid.From($"{kind}\n{actor}\n{idempotencyKey}");
    }
}
