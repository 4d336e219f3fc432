import { element } from "../shell/dom.js";
import { formatWhen as when } from "../shell/local-time.js";
import { SidePanel, facts } from "../shell/side-panel.js";

/** @typedef {import("./calendar-state.js").ChangeConflict} ChangeConflict */

/** The side panel: one change as GET /api/changes/{id} returns it. */
export class ChangePanel extends SidePanel {
  /**
   * @param {HTMLElement} heading
   * @param {HTMLElement} details
   */
  constructor(heading, details) {
    super(heading, details, "changeId");
  }

  /** @param {any} change a ChangeView */
  show(change) {
    this.present(change.id, `${change.number} · ${change.title}`,
      facts([
        ["Type", change.type],
        ["Status", change.status],
        ["Service", change.serviceId ?? "none"],
        ["Window", change.window ? `${when(change.window.start)} – ${when(change.window.end)}` : "not planned"],
        ["Implementer", change.implementer ?? "nobody yet"],
        ["Requested by", change.requestedBy],
        ["Risk", change.risk ? `${change.risk.level} (score ${change.risk.score})` : "not assessed"],
        ["Approvals", `${change.approvals.filter((/** @type {any} */ a) => a.vote === "approve").length} of ${change.requiredApprovals}`],
      ]),
      conflicts(change.conflicts, change.unresolvedConflicts, change.override),
      list("Why this risk", (change.risk?.factors ?? []).map((/** @type {any} */ f) => `+${f.points} ${f.reason}`)),
      list("Votes", change.approvals.map((/** @type {any} */ a) => `${a.approver}: ${a.vote}${a.comment ? ` — ${a.comment}` : ""}`)),
      text("Impact", change.impact),
      text("Implementation plan", change.implementationPlan),
      text("Backout plan", change.backoutPlan),
      list("Alternatives considered", change.alternatives.map((/** @type {any} */ a) => `${a.description} — rejected: ${a.whyRejected}`)),
      list("Incidents caused", change.causedIncidents.map((/** @type {any} */ i) => i.number)),
    );
  }
}

/**
 * The open high and critical risks of the change's service, from the risk register, for its risk assessment.
 * @param {string} serviceId
 * @param {any[]} risks RiskViews
 */
export function serviceRisks(serviceId, risks) {
  return element("section", { className: "service-risks", attributes: { "data-service-risks": String(risks.length) } },
    element("h3", { text: risks.length === 0 ? `No open high risks on ${serviceId}` : `Open high risks on ${serviceId}` }),
    ...(risks.length === 0 ? [] : [element("ul", {}, ...risks.map((r) => {
      const current = r.residual ?? r.inherent;
      return element("li", {}, element("a", {
        text: `${r.number} · ${r.title} · ${r.residual ? r.residualBand : r.inherentBand} (${current.impact * current.likelihood}) · ${r.status}`,
        attributes: { href: `/risks.html?id=${encodeURIComponent(r.id)}` },
      }));
    }))]));
}

/**
 * @param {ChangeConflict[]} all
 * @param {ChangeConflict[]} unresolved
 * @param {{ reason: string, by: string } | null} override
 */
function conflicts(all, unresolved, override) {
  const open = new Set(unresolved.map((c) => `${c.kind}:${c.subject}`));
  const section = element("section", { className: "conflicts", attributes: { "data-conflicts": String(all.length) } },
    element("h3", { text: all.length === 0 ? "No schedule conflicts" : `Schedule conflicts (${unresolved.length} unresolved)` }));
  if (all.length > 0) {
    section.append(element("ul", {}, ...all.map((c) =>
      element("li", { className: open.has(`${c.kind}:${c.subject}`) ? "conflict-open" : "conflict-overridden", text: c.message }))));
  }
  if (override) {
    section.append(element("p", { className: "override", text: `Overridden by ${override.by}: ${override.reason}` }));
  }
  return section;
}

/**
 * @param {string} title
 * @param {string[]} items
 */
function list(title, items) {
  return items.length === 0 ? document.createDocumentFragment()
    : element("section", {}, element("h3", { text: title }), element("ul", {}, ...items.map((item) => element("li", { text: item }))));
}

/**
 * @param {string} title
 * @param {string | null} value
 */
function text(title, value) {
  return value ? element("section", {}, element("h3", { text: title }), element("p", { className: "prose", text: value })) : document.createDocumentFragment();
}
