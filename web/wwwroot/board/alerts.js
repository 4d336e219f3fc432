import { startLivePanel } from "../shell/live-list.js";
import { element } from "../shell/dom.js";

/**
 * An open alert (SubscribeAlerts, docs/board-protocol.md).
 * @typedef {object} AlertRow
 * @property {string} id
 * @property {string} dedupKey
 * @property {string} integrationName
 * @property {string} serviceId
 * @property {string | null} groupKey
 * @property {"triggered" | "acknowledged" | "resolved"} status
 * @property {"critical" | "error" | "warning" | "info"} severity
 * @property {string} summary
 * @property {number} count
 * @property {boolean} flapping
 * @property {string} lastSeen
 * @property {string | null} incidentId
 * @property {string | null} incidentNumber
 * @property {number} revision
 */

const SEVERITY_ORDER = ["critical", "error", "warning", "info"];

// The panel names this many incidents; a storm's long tail is summed in the totals line.
const SHOWN_INCIDENTS = 8;

/**
 * Starts the board's alert panel, live, on a page that has a [data-alerts] element: open alerts grouped by the incident
 * that handles them, with repeat counts and flapping.
 */
export function startAlerts() {
  startLivePanel({
    selector: "[data-alerts]",
    method: "SubscribeAlerts",
    key: (/** @type {AlertRow} */ alert) => alert.id,
    isLive: (/** @type {AlertRow} */ alert) => alert.status !== "resolved",
    render,
  });
}

/**
 * @param {HTMLElement} node
 * @param {AlertRow[]} alerts
 */
function render(node, alerts) {
  node.hidden = alerts.length === 0;
  if (alerts.length === 0) {
    node.replaceChildren();
    return;
  }

  /** @type {Map<string, AlertRow[]>} */
  const byIncident = new Map();
  for (const alert of alerts) {
    const key = alert.incidentNumber ?? "";
    byIncident.set(key, [...(byIncident.get(key) ?? []), alert]);
  }
  const groups = [...byIncident.entries()]
    .map(([number, rows]) => ({ number, rows, lastSeen: rows.reduce((max, r) => (r.lastSeen > max ? r.lastSeen : max), "") }))
    .sort((a, b) => b.lastSeen.localeCompare(a.lastSeen));

  const events = alerts.reduce((sum, alert) => sum + alert.count, 0);
  const flapping = alerts.filter((alert) => alert.flapping).length;
  node.replaceChildren(
    element("h3", { text: "Alerts" }),
    element("p", {
      className: "alerts-totals",
      attributes: { "data-alert-totals": "" },
      text: `${alerts.length} open · ${events} events · ${events - alerts.length} deduplicated`
        + (flapping > 0 ? ` · ${flapping} flapping` : ""),
    }),
    ...groups.slice(0, SHOWN_INCIDENTS).map((g) => group(g.number, g.rows)),
    ...(groups.length > SHOWN_INCIDENTS
      ? [element("p", { className: "alerts-more", text: `and ${groups.length - SHOWN_INCIDENTS} more incidents` })]
      : []),
  );
}

/**
 * @param {string} number
 * @param {AlertRow[]} rows
 */
function group(number, rows) {
  const worst = rows.map((r) => r.severity).sort((a, b) => SEVERITY_ORDER.indexOf(a) - SEVERITY_ORDER.indexOf(b))[0];
  const events = rows.reduce((sum, r) => sum + r.count, 0);
  const flapping = rows.filter((r) => r.flapping).length;
  const acknowledged = rows.filter((r) => r.status === "acknowledged").length;
  const latest = rows.reduce((a, b) => (b.lastSeen > a.lastSeen ? b : a));
  const incidentId = latest.incidentId;
  const title = incidentId
    ? element("a", { className: "alert-incident", attributes: { href: `/ticket.html?id=${encodeURIComponent(incidentId)}` }, text: number })
    : element("span", { className: "alert-incident", text: "no incident" });
  return element("div", { className: `alert-group severity-${worst}`, attributes: { "data-alert-incident": number } },
    element("p", { className: "alert-group-head" },
      title,
      element("span", { className: "alert-service", text: ` ${latest.serviceId}` }),
      element("span", {
        className: "alert-counts",
        attributes: { "data-alert-counts": "" },
        text: ` · ${rows.length} alert${rows.length === 1 ? "" : "s"} · ${events} event${events === 1 ? "" : "s"}`
          + (acknowledged > 0 ? ` · ${acknowledged} acknowledged` : ""),
      }),
      ...(flapping > 0 ? [element("span", { className: "alert-flapping", attributes: { "data-alert-flapping": "" }, text: ` flapping ${flapping}` })] : []),
    ),
    element("p", { className: "alert-summary", text: latest.summary }),
  );
}
