// Alert intake on this web host: events accepted, deduplicated, refused (by reason) and invalid since it started, and
// the work in flight and queued now. Read when the admin asks (Refresh), not polled.
import { call } from "../shell/api.js";
import { element, setText } from "../shell/dom.js";
import { formatClockTime } from "../shell/format.js";

const SINCE = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "medium" });

/**
 * @typedef {object} IngestionCounts
 * @property {string} host
 * @property {string} since
 * @property {number} accepted including the deduplicated
 * @property {number} deduplicated
 * @property {Record<string, number>} refused by reason, e.g. keyRateLimited
 * @property {number} invalid
 * @property {number} inFlight
 * @property {number} queued
 */

/** @param {string} reason camelCase, e.g. "keyRateLimited" */
function reasonLabel(reason) {
  return reason.replace(/[A-Z]/g, (letter) => ` ${letter.toLowerCase()}`);
}

/** @param {IngestionCounts} counts */
function facts(counts) {
  /** @type {[string, string, string][]} key, label, value */
  const rows = [
    ["inFlight", "In flight now", String(counts.inFlight)],
    ["queued", "Queued now", String(counts.queued)],
    ["accepted", "Accepted (deduplicated included)", String(counts.accepted)],
    ["deduplicated", "Deduplicated", String(counts.deduplicated)],
    ["invalid", "Invalid", String(counts.invalid)],
    ...Object.entries(counts.refused).map(([reason, count]) => /** @type {[string, string, string]} */ ([`refused-${reason}`, `Refused: ${reasonLabel(reason)}`, String(count)])),
  ];
  return element("dl", { className: "facts" }, ...rows.flatMap(([key, label, value]) =>
    [element("dt", { text: label }), element("dd", { text: value, attributes: { "data-count": key } })]));
}

/** @param {HTMLElement} panel */
async function render(panel) {
  const refresh = element("button", { text: "Refresh", attributes: { type: "button", "data-intake-refresh": "" } });
  const origin = element("p", { className: "muted", attributes: { "data-intake-origin": "" } });
  const counters = element("div", { attributes: { "data-intake-counters": "", "aria-live": "polite" } });
  const problem = element("p", { className: "problem", attributes: { role: "alert" } });
  panel.append(element("div", { className: "form-actions" }, refresh), origin, counters, problem);

  const load = async () => {
    setText(problem, "");
    /** @type {IngestionCounts} */
    const counts = await call("/api/alerts/ingestion");
    counters.replaceChildren(facts(counts));
    setText(origin, `Host ${counts.host}, counting since ${SINCE.format(new Date(counts.since))}; read at ${formatClockTime(Date.now())}.`);
  };
  refresh.addEventListener("click", () => void load().catch((/** @type {Error} */ error) => setText(problem, error.message)));
  await load();
}

/** @type {import("./sections.js").Section} */
export const alertIntakeSection = {
  id: "alert-intake",
  label: "Alert intake",
  note: "This web host since it started; Refresh to read again",
  render,
};
