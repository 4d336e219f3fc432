using System.Net;

namespace ItsmOrleans.Hosting.Cluster;

/// <summary>Bound from the "Orleans" configuration section.</summary>
public sealed class ItsmClusterOptions
{
    public const string Section = "Orleans";

    /// <summary>Identifies one deployment's silos; silos and clients with the same ClusterId form a cluster.</summary>
    public string ClusterId { get; set; } = "itsm";

    /// <summary>Identifies the service across deployments. Grain state is stored under it: changing it hides existing data.</summary>
    public string ServiceId { get; set; } = "itsm";

    /// <summary>Silo-to-silo port.</summary>
    public int SiloPort { get; set; } = 11111;

    /// <summary>Port clients (web hosts in client mode) connect to.</summary>
    public int GatewayPort { get; set; } = 30000;

    /// <summary>
    /// How long a grain call may wait for its answer before it fails (and the API answers 503). A call caught by a silo's
    /// death fails at once when the silo is declared dead; this bounds every other wait.
    /// </summary>
    public TimeSpan ResponseTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// The address other silos and clients reach this silo at: an IP address, a host name resolved at start, or "host"
    /// for this machine's own name (a container's address). Loopback by default (one machine).
    /// </summary>
    public string AdvertisedAddress { get; set; } = IPAddress.Loopback.ToString();

    /// <summary>
    /// Running in Kubernetes: the silo takes its name, address and cluster identity from its pod (Orleans' Kubernetes
    /// hosting, which also removes silos whose pods are gone). Needs POD_NAME, POD_NAMESPACE and POD_IP.
    /// </summary>
    public bool Kubernetes { get; set; }

    /// <summary>Collect grain call statistics for the Orleans Dashboard (served to admins at /dashboard by web hosts).</summary>
    public bool Dashboard { get; set; } = true;
}
