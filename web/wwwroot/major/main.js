import { BoardConnection } from "../board/board-connection.js";
import { element, setText } from "../board/dom.js";
import { formatClockTime } from "../board/format.js";
import { call } from "../requests/portal-api.js";

/** @typedef {import("../board/major-incident-banner.js").MajorIncidentSummary} MajorIncidentSummary */

/**
 * @template {Element} T
 * @param {string} selector
 * @returns {T}
 */
function required(selector) {
  const node = document.querySelector(selector);
  if (!node) {
    throw new Error(`The major-incident console lacks ${selector}.`);
  }
  return /** @type {T} */ (node);
}

const list = required("[data-major-list]");
const none = /** @type {HTMLElement} */ (required("[data-none]"));
const detail = /** @type {HTMLElement} */ (required("[data-detail]"));
const problem = required("[data-problem]");
const form = /** @type {HTMLFormElement} */ (required("[data-post-form]"));
/** @type {Map<string, MajorIncidentSummary>} */
const active = new Map();
/** @type {{ id: string, version: number } | null} */
let selected = null;

const MOVES = { active: [["resolved", "Service restored"], ["cancelled", "Not a major incident"]], resolved: [["review", "Start the review"], ["active", "It is back"]], review: [["closed", "Close"]] };

function renderList() {
  const items = [...active.values()].sort((a, b) => a.number.localeCompare(b.number));
  none.hidden = items.length > 0;
  list.replaceChildren(...items.map((item) => {
    const due = item.nextUpdateDue ? ` · next update ${formatClockTime(Date.parse(item.nextUpdateDue))}` : "";
    const button = element("button", {
      className: `update-${item.updateDue}`,
      text: `${item.number} · ${item.title} · ${item.commander}${due}${item.updateDue === "overdue" ? " · OVERDUE" : ""}`,
      attributes: { type: "button", "data-major": item.number },
    });
    button.addEventListener("click", () => void show(item.id));
    return element("li", {}, button);
  }));
}

/** @param {string} id */
async function show(id) {
  const view = await call(`/api/major-incidents/${encodeURIComponent(id)}`);
  selected = { id, version: view.version };
  detail.hidden = false;
  detail.dataset.major = view.number;
  setText(required("[data-detail-heading]"), `${view.number} · ${view.title}`);
  required("[data-facts]").replaceChildren(...[
    ["Status", view.status],
    ["Commander", view.commander],
    ["Update cadence", view.updateCadence],
    ["Next update", view.nextUpdateDue ? `${formatClockTime(Date.parse(view.nextUpdateDue))} (${view.updateDue})` : "none due"],
  ].flatMap(([term, value]) => [element("dt", { text: term }), element("dd", { text: value })]));
  required("[data-children]").replaceChildren(...view.children.map((/** @type {any} */ c) =>
    element("li", { text: `${c.number} · ${c.priority} · ${c.status} · ${c.title}` })));
  required("[data-timeline]").replaceChildren(...view.timeline.map((/** @type {any} */ t) =>
    element("li", { className: `kind-${t.kind}`, text: `${formatClockTime(Date.parse(t.at))} ${t.actor}: ${t.text}` })));
  required("[data-moves]").replaceChildren(...(/** @type {Record<string, string[][]>} */ (MOVES)[view.status] ?? []).map(([to, label]) => {
    const button = element("button", { text: label, attributes: { type: "button", "data-move": to } });
    button.addEventListener("click", () => void move(to));
    return button;
  }));
}

/** @param {string} to */
async function move(to) {
  if (!selected) {
    return;
  }
  const note = to === "review" || to === "closed" ? null : window.prompt("Note for the timeline") ?? "";
  await act(`/api/major-incidents/${selected.id}/transitions`, { to, note });
}

/**
 * @param {string} path
 * @param {object} body
 */
async function act(path, body) {
  setText(problem, "");
  try {
    await call(path, { method: "POST", headers: { "If-Match": `"${selected?.version}"` }, body: JSON.stringify(body) });
  } catch (error) {
    setText(problem, /** @type {Error} */ (error).message);
  }
  if (selected) {
    await show(selected.id);
  }
}

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  if (!selected) {
    return;
  }
  const text = /** @type {HTMLTextAreaElement} */ (form.elements.namedItem("text")).value;
  const stakeholderUpdate = /** @type {HTMLInputElement} */ (form.elements.namedItem("stakeholder")).checked;
  await act(`/api/major-incidents/${selected.id}/updates`, { text, stakeholderUpdate });
  form.reset();
});

new BoardConnection({
  signalR: /** @type {any} */ (globalThis).signalR,
  hubUrl: "/hubs/operations",
  method: "SubscribeMajorIncidents",
  args: [],
  onMessage: (/** @type {any} */ message) => {
    if (message.kind === "snapshot") {
      active.clear();
    }
    let touchedSelected = false;
    for (const item of /** @type {MajorIncidentSummary[]} */ (message.items)) {
      const known = active.get(item.id);
      if (known && known.revision >= item.revision) {
        continue;
      }
      if (item.status === "active") {
        active.set(item.id, item);
      } else {
        active.delete(item.id);
      }
      touchedSelected ||= selected?.id === item.id;
    }
    renderList();
    if (touchedSelected && selected) {
      // The banner stream says the selected one changed: read it again (no polling).
      void show(selected.id);
    }
  },
  onStateChange: (state, text) => {
    document.body.dataset.connectionState = state;
    setText(required("[data-connection-label]"), text);
  },
}).start();
