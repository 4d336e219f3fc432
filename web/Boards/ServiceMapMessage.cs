using ItsmOrleans.Contracts.Services;

namespace ItsmOrleans.Web.Boards;

/// <summary>One item of a service-map stream: the whole portfolio first (seq 1), then the services that changed.</summary>
public sealed record ServiceMapMessage(long Seq, BoardMessageKind Kind, DateTimeOffset ServerTime, IReadOnlyList<ServiceSummary> Services);
