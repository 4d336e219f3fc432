
namespace ItsmOrleans.Domain.ServiceRequests;

/// <summary>Bound from "ServiceRequests".</summary>
public sealed class ServiceRequestOptions
{
    public const string Section = "ServiceRequests";

    /// <summary>The SLA policy of requests; its P4 targets apply (by default 1 business day to respond, 5 to fulfil).</summary>
    public string SlaPolicy { get; set; } = Slas.SlaOptions.ServiceRequestPolicyId;
}
