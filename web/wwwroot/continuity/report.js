import { call } from "../shell/api.js";
import { element, required, setText } from "../shell/dom.js";
import { formatDurationText, parseTimeSpan } from "../shell/timespan.js";

/**
 * The continuity report: services no approved plan covers, plans due for review or exercise, and recoveries against
 * their RTO. Read again whenever a plan or an analysis changes.
 */
export async function loadReport() {
  const report = await call("/api/continuity/report");
  const recovered = report.rtoMet + report.rtoMissed;
  setText(required("[data-report-summary]"), recovered ? `RTO met in ${report.rtoMet} of ${recovered} recoveries` : "no recoveries yet");
  list("[data-uncovered]", report.servicesWithoutPlan.map((/** @type {any} */ s) => element("li", {
    text: `${s.name} (${s.serviceId})${s.drafts.length ? `: only drafts, ${s.drafts.join(", ")}` : ""}`,
    attributes: { "data-uncovered-service": s.serviceId },
  })), "Every service is covered by an approved plan.");
  list("[data-plans-due]", report.plansDue.map((/** @type {any} */ p) => element("li", {
    text: `${p.number} · ${p.title}: ${[p.reviewOverdue ? `review was due ${p.reviewBy}` : null, p.exerciseOverdue ? "exercise overdue" : null].filter(Boolean).join(", ")}`,
    attributes: { "data-plan-due": p.number },
  })), "No plan is due.");
  list("[data-recoveries]", report.recoveries.map((/** @type {any} */ r) => element("li", {
    text: `${r.number} · ${r.title}, invocation ${r.invocation} on ${new Date(r.invokedAt).toLocaleString()}: `
      + (r.outcome === "recovered"
        ? `recovered in ${formatDurationText(parseTimeSpan(r.took))}${r.rto ? ` against an RTO of ${formatDurationText(parseTimeSpan(r.rto))} (${r.rtoMet ? "met" : "missed"})` : " (not timed)"}`
        : `stood down after ${formatDurationText(parseTimeSpan(r.took))}`),
    attributes: { "data-recovery": `${r.number}/${r.invocation}` },
  })), "No plan has been invoked yet.");
}

/**
 * @param {string} selector
 * @param {HTMLElement[]} items
 * @param {string} empty
 */
function list(selector, items, empty) {
  required(selector).replaceChildren(...(items.length ? items : [element("li", { className: "muted", text: empty })]));
}
