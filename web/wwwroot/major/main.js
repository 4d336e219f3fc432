import { startShell } from "../shell/shell.js";
import { BoardConnection } from "../shell/board-connection.js";
import { element, required, setText } from "../shell/dom.js";
import { formatClockTime } from "../shell/format.js";
import { formatTimeSpan, parseTimeSpan } from "../shell/timespan.js";
import { call } from "../shell/api.js";
import { recordCommands } from "../shell/record-commands.js";
import { findIncidents, offerOpenIncidents } from "../board/incident-lookup.js";
import { fillReview, readReview } from "./review-form.js";
import { startInvokedPlans } from "./invoked-plans.js";

startShell();

/** @typedef {import("../shell/major-incident-banner.js").MajorIncidentSummary} MajorIncidentSummary */

const list = required("[data-major-list]");
const none = /** @type {HTMLElement} */ (required("[data-none]"));
const detail = /** @type {HTMLElement} */ (required("[data-detail]"));
const problem = required("[data-problem]");
const form = /** @type {HTMLFormElement} */ (required("[data-post-form]"));
const commanderForm = /** @type {HTMLFormElement} */ (required("[data-commander-form]"));
const cadenceForm = /** @type {HTMLFormElement} */ (required("[data-cadence-form]"));
const childForm = /** @type {HTMLFormElement} */ (required("[data-child-form]"));
const reviewForm = /** @type {HTMLFormElement} */ (required("[data-review-form]"));
/** @type {Map<string, MajorIncidentSummary>} */
const active = new Map();
/** @type {{ id: string, version: number } | null} */
let selected = null;
/** Which major incident's review, as recorded, the review form was last filled from. */
let filledReview = "";
const invokedPlans = startInvokedPlans(() => selected?.id ?? null);

const MOVES = { active: [["resolved", "Service restored"], ["cancelled", "Not a major incident"]], resolved: [["review", "Start the review"], ["active", "It is back"]], review: [["closed", "Close"]] };

/** @param {MajorIncidentSummary} item */
function listItem(item) {
  const due = item.status === "active" && item.nextUpdateDue ? ` · next update ${formatClockTime(Date.parse(item.nextUpdateDue))}` : "";
  const state = item.status === "active" ? "" : ` · ${item.status}`;
  const button = element("button", {
    className: `update-${item.updateDue}`,
    text: `${item.number} · ${item.title} · ${item.commander}${state}${due}${item.updateDue === "overdue" ? " · OVERDUE" : ""}`,
    attributes: { type: "button", "data-major": item.number },
  });
  button.addEventListener("click", () => void show(item.id));
  return element("li", {}, button);
}

function renderList() {
  const items = [...active.values()].sort((a, b) => a.number.localeCompare(b.number));
  none.hidden = items.length > 0;
  list.replaceChildren(...items.map(listItem));
}

/** Resolved major incidents wait for their review; the live stream carries only active ones, so read them when it moves. */
async function loadAwaitingReview() {
  /** @type {MajorIncidentSummary[]} */
  const all = await call("/api/major-incidents?all=true");
  required("[data-reviews]").replaceChildren(...all.filter((m) => m.status === "resolved" || m.status === "review").map(listItem));
}

/** @param {string} id */
async function show(id) {
  const view = await call(`/api/major-incidents/${encodeURIComponent(id)}`);
  selected = { id, version: view.version };
  invokedPlans.render();
  detail.hidden = false;
  detail.dataset.major = view.number;
  setText(required("[data-detail-heading]"), `${view.number} · ${view.title}`);
  required("[data-facts]").replaceChildren(...[
    ["Status", view.status],
    ["Commander", view.commander],
    ["Update cadence", view.updateCadence],
    ["Next update", view.nextUpdateDue ? `${formatClockTime(Date.parse(view.nextUpdateDue))} (${view.updateDue})` : "none due"],
  ].flatMap(([term, value]) => [element("dt", { text: term }), element("dd", { text: value })]));
  required("[data-children]").replaceChildren(...view.children.map((/** @type {any} */ c) => {
    const remove = element("button", { text: "Remove", attributes: { type: "button", "data-remove-child": c.number } });
    remove.hidden = c.id === view.primaryIncidentId || view.status !== "active";
    remove.addEventListener("click", () => void act("DELETE", `children/${c.id}`, null));
    return element("li", {}, element("span", { text: `${c.number} · ${c.priority} · ${c.status} · ${c.title}` }), remove);
  }));
  const running = view.status === "active";
  for (const control of [commanderForm, cadenceForm, childForm, form]) {
    control.hidden = !running;
  }
  if (!commanderForm.contains(document.activeElement)) {
    /** @type {HTMLInputElement} */ (commanderForm.elements.namedItem("commander")).value = view.commander;
  }
  if (!cadenceForm.contains(document.activeElement)) {
    /** @type {HTMLInputElement} */ (cadenceForm.elements.namedItem("minutes")).value = String(Math.round(parseTimeSpan(view.updateCadence) / 60_000));
  }
  const reviewing = view.status === "resolved" || view.status === "review" || view.review !== null;
  required("[data-review-section]").hidden = !reviewing;
  reviewForm.querySelector("button")?.toggleAttribute("hidden", view.status === "closed" || view.status === "cancelled");
  // Refill only when another major incident is shown or the recorded review changed, so a draft survives refreshes.
  const reviewKey = `${id}:${JSON.stringify(view.review)}`;
  if (reviewing && reviewKey !== filledReview) {
    fillReview(reviewForm, view.review);
    filledReview = reviewKey;
  }
  required("[data-timeline]").replaceChildren(...view.timeline.map((/** @type {any} */ t) =>
    element("li", { className: `kind-${t.kind}`, text: `${formatClockTime(Date.parse(t.at))} ${t.actor}: ${t.text}` })));
  required("[data-move-note]").closest("label")?.toggleAttribute("hidden", view.status !== "active" && view.status !== "resolved");
  required("[data-moves]").replaceChildren(...(/** @type {Record<string, string[][]>} */ (MOVES)[view.status] ?? []).map(([to, label]) => {
    const button = element("button", { text: label, attributes: { type: "button", "data-move": to } });
    button.addEventListener("click", () => void move(to));
    return button;
  }));
}

/** @param {string} to */
async function move(to) {
  const noteInput = /** @type {HTMLInputElement} */ (required("[data-move-note]"));
  const note = to === "review" || to === "closed" ? null : noteInput.value;
  if (await act("POST", "transitions", { to, note })) {
    noteInput.value = "";
  }
}

// Commands about the selected major incident, under /api/major-incidents/{id}/.
const act = recordCommands({ address: "/api/major-incidents", selected: () => selected, show, problem });

/**
 * @param {HTMLFormElement} target
 * @param {(data: FormData) => Promise<boolean>} send
 * @param {boolean} clearWhenSent false for forms that show the current value
 */
function onSubmit(target, send, clearWhenSent) {
  target.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (selected && await send(new FormData(target)) && clearWhenSent) {
      target.reset();
    }
  });
}

onSubmit(form, (data) => act("POST", "updates", { text: data.get("text"), stakeholderUpdate: data.get("stakeholder") === "on" }), true);
onSubmit(commanderForm, (data) => act("PUT", "commander", { commander: data.get("commander") }), false);
onSubmit(cadenceForm, (data) => act("PUT", "cadence", { updateCadence: formatTimeSpan(Number(data.get("minutes")) * 60_000) }), false);
onSubmit(childForm, async (data) => {
  let incidents;
  try {
    incidents = await findIncidents(String(data.get("incidents")));
  } catch (error) {
    setText(problem, /** @type {Error} */ (error).message);
    return false;
  }
  for (const incident of incidents) {
    if (!await act("POST", "children", { incidentId: incident.id })) {
      return false;
    }
  }
  return true;
}, true);
reviewForm.addEventListener("submit", (event) => {
  event.preventDefault();
  void act("PUT", "review", readReview(reviewForm));
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
    if (message.kind === "snapshot" || message.items.some((/** @type {MajorIncidentSummary} */ item) => item.status !== "active")) {
      // Something left the active list (resolved, cancelled, or back from review): the review list may have changed.
      void loadAwaitingReview();
    }
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
void offerOpenIncidents(/** @type {HTMLDataListElement} */ (required("[data-open-incidents]")));
// An address that names one (/major.html?id=…, as the ticket page links) opens it.
const addressed = new URLSearchParams(window.location.search).get("id");
if (addressed) {
  show(addressed).catch((/** @type {Error} */ error) => setText(problem, error.message));
}
