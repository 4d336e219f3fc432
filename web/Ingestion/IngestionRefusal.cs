namespace ItsmOrleans.Web.Ingestion;

/// <summary>Why an alert event was refused with 429.</summary>
public enum IngestionRefusal
{
    /// <summary>This host's queue of alert work was full.</summary>
    Overloaded,

    /// <summary>The integration key sent faster than its limit.</summary>
    KeyRateLimited,

    /// <summary>Too many lookups of unknown routing keys from one address.</summary>
    UnknownKeyLookups,
}
