using System.Net;

namespace ItsmOrleans.Grains.OutgoingCalls;

/// <summary>An address the hub will not call, and the kind of network that puts it out of reach ("a loopback address").</summary>
public sealed record AddressRefusal(IPAddress Address, string Kind);
