using ItsmOrleans.Contracts.Continuity;
using ItsmOrleans.Contracts.Services;

namespace ItsmOrleans.Web.Apis;

/// <summary>
/// One service on the continuity page: its business impact analysis (version 0 when none was recorded) and how its
/// recovery objectives compare with what the services depending on it need.
/// </summary>
public sealed record ServiceContinuityRow(string ServiceId, string Name, ServiceKind Kind, int Criticality, BusinessImpactView Impact, ObjectiveCheck Check);
