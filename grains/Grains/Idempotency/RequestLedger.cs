using System.Security.Cryptography;
using System.Text;
using ItsmOrleans.Contracts.Common;

namespace ItsmOrleans.Grains.Idempotency;

/// <summary>
/// Makes retried commands safe: a grain remembers the idempotency keys of its latest commands with a fingerprint of
/// each. The same key with the same command is a replay; the same key with another command is refused.
/// </summary>
public static class RequestLedger
{
    public const int Remembered = 64;

    /// <summary>True when the command was already applied under its key; throws when the key was used for another command.</summary>
    public static bool WasApplied(string? requestId, object command, AppliedRequest? createRequest, IReadOnlyList<AppliedRequest> recent)
    {
        if (requestId is null)
        {
            return false;
        }

        var applied = createRequest?.RequestId == requestId ? createRequest : recent.FirstOrDefault(r => r.RequestId == requestId);
        return applied is not null && (applied.Fingerprint == Fingerprint(command) ? true : throw new IdempotencyKeyReusedException());
    }

    /// <summary>Remembers a command's key, forgetting the oldest beyond <see cref="Remembered"/>.</summary>
    public static void Remember(string? requestId, object command, List<AppliedRequest> recent)
    {
        if (requestId is null)
        {
            return;
        }

        recent.Add(new AppliedRequest(requestId, Fingerprint(command)));
        if (recent.Count > Remembered)
        {
            recent.RemoveAt(0);
        }
    }

    public static AppliedRequest? ForCreate(string? requestId, object command) =>
        requestId is null ? null : new AppliedRequest(requestId, Fingerprint(command));

    public static string Fingerprint(object command) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(command.GetType().Name + command)));
}
