using ItsmOrleans.Contracts.Changes;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Licences;
using ItsmOrleans.Contracts.MajorIncidents;
using ItsmOrleans.Contracts.Problems;
using ItsmOrleans.Contracts.Risks;
using ItsmOrleans.Contracts.ServiceRequests;
using ItsmOrleans.Contracts.Services;
using ItsmOrleans.Contracts.Vendors;

namespace ItsmOrleans.Web.Csv;

/// <summary>The CSV columns of every list the API serves, named like the JSON fields.</summary>
public static class ListCsv
{
    public static CsvTable<SearchHit> Search { get; } = new(
        ("kind", h => h.Kind), ("number", h => h.Number), ("title", h => h.Title), ("status", h => h.Status), ("open", h => CsvText.Of(h.IsOpen)),
        ("priority", h => h.Priority is { } p ? $"P{p}" : null), ("serviceId", h => h.ServiceId), ("assignmentGroup", h => h.AssignmentGroup),
        ("assignee", h => h.Assignee), ("createdAt", h => CsvText.Of(h.CreatedAt)), ("updatedAt", h => CsvText.Of(h.UpdatedAt)),
        ("slaBreached", h => CsvText.Of(h.SlaBreached)));

    public static CsvTable<IncidentSummary> Incidents { get; } = new(
        ("number", i => i.Number), ("title", i => i.Title), ("priority", i => i.Priority.ToString()), ("status", i => CsvText.Of(i.Status)),
        ("serviceId", i => i.ServiceId), ("assignmentGroup", i => i.AssignmentGroup), ("assignee", i => i.Assignee), ("requester", i => i.Requester),
        ("createdAt", i => CsvText.Of(i.CreatedAt)), ("updatedAt", i => CsvText.Of(i.UpdatedAt)),
        ("responseDueAt", i => CsvText.Of(i.Response.DueAt)), ("responseState", i => CsvText.Of(i.Response.State)),
        ("resolutionDueAt", i => CsvText.Of(i.Resolution.DueAt)), ("resolutionState", i => CsvText.Of(i.Resolution.State)));

    public static CsvTable<ChangeSummary> Changes { get; } = new(
        ("number", c => c.Number), ("type", c => CsvText.Of(c.Type)), ("status", c => CsvText.Of(c.Status)), ("title", c => c.Title),
        ("serviceId", c => c.ServiceId), ("implementer", c => c.Implementer), ("windowStart", c => CsvText.Of(c.Window?.Start)),
        ("windowEnd", c => CsvText.Of(c.Window?.End)), ("risk", c => CsvText.Of(c.Risk)), ("unresolvedConflicts", c => CsvText.Of(c.UnresolvedConflicts)),
        ("outcome", c => CsvText.Of(c.Outcome)), ("updatedAt", c => CsvText.Of(c.UpdatedAt)));

    public static CsvTable<ProblemSummary> Problems { get; } = new(
        ("number", p => p.Number), ("title", p => p.Title), ("status", p => CsvText.Of(p.Status)), ("serviceId", p => p.ServiceId),
        ("knownError", p => CsvText.Of(p.KnownError)), ("incidentCount", p => CsvText.Of(p.IncidentCount)), ("cause", p => p.Cause),
        ("workaround", p => p.Workaround), ("updatedAt", p => CsvText.Of(p.UpdatedAt)));

    public static CsvTable<RiskView> Risks { get; } = new(
        ("number", r => r.Number), ("title", r => r.Title), ("category", r => CsvText.Of(r.Category)), ("status", r => CsvText.Of(r.Status)),
        ("owner", r => r.Owner), ("inherentImpact", r => r.Inherent?.Impact.ToString(CultureInfo.InvariantCulture)), ("inherentLikelihood", r => r.Inherent?.Likelihood.ToString(CultureInfo.InvariantCulture)),
        ("inherentScore", r => r.Inherent?.Score.ToString(CultureInfo.InvariantCulture)), ("residualImpact", r => r.Residual?.Impact.ToString(CultureInfo.InvariantCulture)),
        ("residualLikelihood", r => r.Residual?.Likelihood.ToString(CultureInfo.InvariantCulture)), ("residualScore", r => r.Residual?.Score.ToString(CultureInfo.InvariantCulture)),
        ("treatment", r => CsvText.Of(r.Treatment)), ("serviceIds", r => CsvText.Of(r.Links.Services)),
        ("reviewBy", r => r.ReviewBy?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("updatedAt", r => CsvText.Of(r.UpdatedAt)));

    public static CsvTable<ServiceRequestSummary> ServiceRequests { get; } = new(
        ("number", r => r.Number), ("item", r => r.ItemName), ("status", r => CsvText.Of(r.Status)), ("requestedBy", r => r.RequestedBy),
        ("requestedFor", r => r.RequestedFor), ("fulfilmentGroup", r => r.FulfilmentGroup), ("fulfilmentDueAt", r => CsvText.Of(r.FulfilmentDueAt)),
        ("updatedAt", r => CsvText.Of(r.UpdatedAt)));

    public static CsvTable<ServiceSummary> Services { get; } = new(
        ("id", s => s.Id), ("name", s => s.Name), ("kind", s => CsvText.Of(s.Kind)), ("criticality", s => CsvText.Of(s.Criticality)),
        ("supportGroup", s => s.SupportGroup), ("dependsOn", s => CsvText.Of(s.DependsOn)), ("health", s => CsvText.Of(s.Health.Status)),
        ("openIncidents", s => CsvText.Of(s.Health.OpenIncidents)));

    public static CsvTable<VendorContractView> VendorContracts { get; } = new(
        ("id", c => c.Id), ("vendor", c => c.Vendor), ("name", c => c.Name), ("serviceIds", c => CsvText.Of(c.ServiceIds)),
        ("start", c => c.Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
        ("end", c => c.End.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
        ("renewalNoticeDays", c => CsvText.Of(c.RenewalNoticeDays)), ("status", c => CsvText.Of(c.Status)),
        ("responseTarget", c => c.ResponseTarget?.ToString("c", System.Globalization.CultureInfo.InvariantCulture)),
        ("resolutionTarget", c => c.ResolutionTarget?.ToString("c", System.Globalization.CultureInfo.InvariantCulture)));

    public static CsvTable<LicenceSummary> Licences { get; } = new(
        ("id", l => l.Id), ("product", l => l.Product), ("vendor", l => l.Vendor), ("entitlements", l => CsvText.Of(l.Entitlements)),
        ("used", l => CsvText.Of(l.Used)), ("compliance", l => CsvText.Of(l.Compliance)),
        ("expires", l => l.Expires?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));

    public static CsvTable<MajorIncidentSummary> MajorIncidents { get; } = new(
        ("number", m => m.Number), ("title", m => m.Title), ("status", m => CsvText.Of(m.Status)), ("commander", m => m.Commander),
        ("primaryIncident", m => m.PrimaryIncidentNumber), ("childCount", m => CsvText.Of(m.ChildCount)), ("promotedAt", m => CsvText.Of(m.PromotedAt)),
        ("nextUpdateDue", m => CsvText.Of(m.NextUpdateDue)), ("updatedAt", m => CsvText.Of(m.UpdatedAt)));
}
