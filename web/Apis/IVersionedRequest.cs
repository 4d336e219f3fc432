namespace ItsmOrleans.Web.Apis;

/// <summary>A request that may carry, in its body, the version the client last saw.</summary>
public interface IVersionedRequest
{
    int? Version { get; }
}
