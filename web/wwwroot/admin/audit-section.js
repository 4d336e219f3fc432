// The security audit log, newest first: when, who, what and to which target; older entries a page at a time.
import { call } from "../shell/api.js";
import { element, setText } from "../shell/dom.js";

/** Entries per request; the API answers at most 500. */
const PAGE_SIZE = 50;
const WHEN = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "medium" });

/**
 * @typedef {object} AuditEvent
 * @property {number} id
 * @property {string} at
 * @property {string} kind e.g. "user-created"
 * @property {string} actor
 * @property {string | null} subject
 * @property {string | null} detail
 * @property {string | null} remoteAddress
 */

/** @param {AuditEvent} event */
function row(event) {
  const cell = (/** @type {string | null} */ text) => element("td", { text: text ?? "" });
  return element("tr", { attributes: { "data-audit-entry": String(event.id), "data-kind": event.kind } },
    element("td", {}, element("time", { text: WHEN.format(new Date(event.at)), attributes: { datetime: event.at } })),
    cell(event.actor),
    cell(event.kind.replaceAll("-", " ")),
    cell(event.subject),
    cell(event.detail),
    cell(event.remoteAddress));
}

/** @param {HTMLElement} panel */
async function render(panel) {
  const rows = element("tbody", { attributes: { "data-audit-rows": "" } });
  const refresh = element("button", { text: "Refresh", attributes: { type: "button", "data-audit-refresh": "" } });
  const more = element("button", { text: "Load older entries", attributes: { type: "button", "data-audit-more": "" } });
  const status = element("p", { className: "muted", attributes: { role: "status", "data-audit-status": "" } });
  const problem = element("p", { className: "problem", attributes: { role: "alert" } });
  panel.append(
    element("div", { className: "form-actions" }, refresh),
    element("table", { className: "request-table" },
      element("caption", { className: "muted", text: "Newest first" }),
      element("thead", {}, element("tr", {}, ...["When", "Who", "What", "Target", "Detail", "From"].map((title) => element("th", { text: title, attributes: { scope: "col" } })))),
      rows),
    status,
    element("div", { className: "form-actions" }, more),
    problem);

  /** @type {number | null} the oldest entry shown */
  let oldest = null;
  /** @param {boolean} fromNewest */
  const load = async (fromNewest) => {
    setText(problem, "");
    const before = fromNewest || oldest === null ? "" : `&before=${oldest}`;
    /** @type {AuditEvent[]} */
    const page = await call(`/api/admin/audit?limit=${PAGE_SIZE}${before}`);
    if (fromNewest) {
      rows.replaceChildren();
    }
    rows.append(...page.map(row));
    oldest = page.at(-1)?.id ?? oldest;
    more.hidden = page.length < PAGE_SIZE;
    setText(status, rows.children.length === 0 ? "The audit log is empty." : `${rows.children.length} entries shown${more.hidden ? ", the oldest included" : ""}.`);
  };
  const loadReporting = (/** @type {boolean} */ fromNewest) =>
    load(fromNewest).catch((/** @type {Error} */ error) => setText(problem, error.message));
  refresh.addEventListener("click", () => void loadReporting(true));
  more.addEventListener("click", () => void loadReporting(false));
  await load(true);
}

/** @type {import("./sections.js").Section} */
export const auditSection = {
  id: "audit",
  label: "Audit log",
  note: "Read-only: sign-ins, refusals, accounts and keys",
  render,
};
