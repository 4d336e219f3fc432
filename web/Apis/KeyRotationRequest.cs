namespace ItsmOrleans.Web.Apis;

/// <summary>The body of POST /api/integrations/{routingKey}/rotation (optional).</summary>
/// <param name="Overlap">How long the old key keeps working ("1.00:00:00"); from 0 to 30 days, one day when omitted.</param>
public sealed record KeyRotationRequest(TimeSpan? Overlap = null)
{
    public static readonly TimeSpan DefaultOverlap = TimeSpan.FromDays(1);
}
