// "My incidents" on the request portal: the requester's own incidents with their status, kept live by the hub's
// SubscribeMyTickets stream, which only ever names the caller's own tickets (the list itself is read from the API,
// which shows a requester only theirs).
import { call } from "../shell/api.js";
import { BoardConnection } from "../shell/board-connection.js";
import { element, setText } from "../shell/dom.js";
import { statusLabel } from "../shell/format.js";
import { openRaiseIncident } from "../shell/raise-incident.js";

/**
 * @param {object} parts
 * @param {HTMLElement} parts.section shown once there is something to show
 * @param {HTMLElement} parts.rows the table body
 * @param {HTMLElement} parts.problem
 * @param {HTMLButtonElement} parts.raise the portal's own "Raise an incident"
 * @param {(at: string) => string} parts.format
 */
export function showMyIncidents({ section, rows, problem, raise, format }) {
  section.hidden = false;
  raise.addEventListener("click", openRaiseIncident);

  async function load() {
    try {
      const page = await call("/api/incidents?limit=50");
      rows.replaceChildren(...page.items.map((/** @type {any} */ incident) =>
        element("tr", { attributes: { "data-incident-id": incident.id, "data-status": incident.status } },
          element("td", {}, element("a", { text: incident.number, attributes: { href: `/ticket.html?id=${encodeURIComponent(incident.id)}` } })),
          element("td", { text: incident.title }),
          element("td", {}, element("span", { className: "priority", text: incident.priority, attributes: { "data-priority": incident.priority } })),
          element("td", { className: "incident-status", text: statusLabel(incident.status) }),
          element("td", { text: format(incident.updatedAt) }))));
      setText(problem, "");
    } catch (error) {
      setText(problem, error instanceof Error ? error.message : String(error));
    }
  }

  /** @type {Promise<void>} one reload at a time; changes that arrive meanwhile are read by the next */
  let loading = Promise.resolve();
  let queued = false;
  function reload() {
    if (queued) {
      return;
    }
    queued = true;
    loading = loading.then(() => {
      queued = false;
      return load();
    });
  }

  new BoardConnection({
    signalR: /** @type {any} */ (window).signalR,
    hubUrl: "/hubs/operations",
    method: "SubscribeMyTickets",
    args: [],
    onMessage: (/** @type {any} */ message) => {
      if (message.kind === "snapshot" || message.items.some((/** @type {any} */ change) => change.kind === "incident")) {
        reload();
      }
    },
    onStateChange: (state) => {
      section.dataset.connectionState = state;
    },
  }).start();
  reload();
}
