import { startShell } from "../shell/shell.js";
import { element, required, setText } from "../shell/dom.js";
import { call, oneAtATime } from "../shell/api.js";
import { clearFieldProblems, showFieldProblems } from "../shell/field-problems.js";
import { linkedId, notShown, showInAddress } from "../board/linked-record.js";
import { BoardConnection } from "../shell/board-connection.js";
import { whenSettled } from "../shell/settle.js";
import { rowEditor } from "../shell/row-editor.js";
import { offerNewRisk } from "./new-risk.js";
import { fillChoices, ids, registerQuery, score, ticketIds, ticketNumbers } from "./risk-fields.js";
import { renderHeatMap } from "./heat-map.js";

/** @typedef {import("./risk-fields.js").Assessment} Assessment */

const MOVE_LABELS = /** @type {Record<string, string>} */ ({
  identified: "Reopen",
  assessed: "Mark assessed",
  treated: "Mark treated",
  accepted: "Accept the risk",
  closed: "Close",
});

const me = await startShell();
const keeps = me.roles.includes("change-manager") || me.roles.includes("admin");
for (const part of document.querySelectorAll("[data-keepers-only]")) {
  /** @type {HTMLElement} */ (part).hidden = !keeps;
}
/** @type {HTMLFieldSetElement} */ (required("[data-risk-fields]")).disabled = !keeps;

const filters = /** @type {HTMLFormElement} */ (required("[data-filters]"));
const list = required("[data-risks]");
const cellFilter = /** @type {HTMLElement} */ (required("[data-cell-filter]"));
const detail = /** @type {HTMLElement} */ (required("[data-risk]"));
const form = /** @type {HTMLFormElement} */ (required("[data-risk-form]"));
const formProblem = /** @type {HTMLElement} */ (required("[data-risk-problem]"));
const movesForm = /** @type {HTMLFormElement} */ (required("[data-moves-form]"));
const moveProblem = /** @type {HTMLElement} */ (required("[data-move-problem]"));
const missing = /** @type {HTMLElement} */ (required("[data-risk-missing]"));
const actions = rowEditor(required("[data-actions]"), "action", [
  { name: "description", label: "Action", width: "wide" },
  { name: "owner", label: "Owner" },
  { name: "due", label: "Due", type: "date" },
  { name: "done", label: "Done", type: "checkbox" },
]);
const alternatives = rowEditor(required("[data-alternatives]"), "alternative", [
  { name: "description", label: "Alternative", width: "wide" },
  { name: "whyRejected", label: "Why rejected", width: "wide" },
]);

/** @type {{ id: string, version: number } | null} */
let selected = null;
/** Whether the risk shown has edits not yet saved: a change from elsewhere then waits instead of replacing them. */
let edited = false;
form.addEventListener("input", () => { edited = true; });
/** @type {any[]} */
let risks = [];

const scale = await call("/api/risks/scale");
fillChoices(scale);
/** @param {{ impact: number, likelihood: number } | null} cell only the risks in this cell of the heat map, or all */
function renderList(cell) {
  const shown = cell ? risks.filter((r) => {
    const current = r.residual ?? r.inherent;
    return current && current.impact === cell.impact && current.likelihood === cell.likelihood;
  }) : risks;
  cellFilter.hidden = !cell;
  if (cell) {
    const clear = element("button", { className: "link-button", text: "Show all", attributes: { type: "button" } });
    clear.addEventListener("click", () => renderList(null));
    cellFilter.replaceChildren(element("span", { text: `Impact ${cell.impact} × likelihood ${cell.likelihood}: ${shown.length} risk(s). ` }), clear);
  }
  list.replaceChildren(...shown.map((r) => {
    const current = r.residual ?? r.inherent;
    const band = r.residual ? r.residualBand : r.inherentBand;
    const button = element("button", {
      className: band ? `band-${band}` : "",
      text: `${r.number} · ${r.title} · ${r.status} · ${current ? `${current.impact * current.likelihood} ${band}` : "not scored"}`,
      attributes: { type: "button", "data-risk-number": r.number },
    });
    button.addEventListener("click", () => void show(r.id));
    return element("li", {}, button);
  }));
  if (shown.length === 0) {
    list.replaceChildren(element("li", { className: "muted", text: "No risks match." }));
  }
}

async function loadRegister() {
  const params = registerQuery(filters);
  const [found, cells] = await Promise.all([call(`/api/risks?${params}`), call(`/api/risks/heat-map?${params}`)]);
  risks = found;
  renderHeatMap(required("[data-heat-map]"), cells, scale.bands, (cell) => renderList(cell));
  renderList(null);
  params.set("format", "csv");
  required("[data-csv]").setAttribute("href", `/api/risks?${params}`);
}

/** @param {string} name */
function field(name) {
  return /** @type {HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement} */ (form.elements.namedItem(name));
}

/** @param {string} id */
async function show(id) {
  const [view, history] = await Promise.all([call(`/api/risks/${encodeURIComponent(id)}`), call(`/api/risks/${encodeURIComponent(id)}/history`)]);
  selected = { id, version: view.version };
  showInAddress(id);
  missing.hidden = true;
  detail.hidden = false;
  detail.dataset.risk = view.number;
  detail.dataset.status = view.status;
  setText(required("[data-risk-heading]"), `${view.number} · ${view.title}`);
  required("[data-facts]").replaceChildren(...[
    ["Status", view.status],
    ["Inherent", score(view.inherent, view.inherentBand)],
    ["Residual", score(view.residual, view.residualBand)],
    ["Review by", view.reviewBy ?? "not set"],
    ["Updated", new Date(view.updatedAt).toLocaleString()],
  ].flatMap(([term, value]) => [element("dt", { text: term }), element("dd", { text: value, attributes: { "data-fact": term } })]));
  field("title").value = view.title;
  field("description").value = view.description;
  field("cause").value = view.cause ?? "";
  field("category").value = view.category;
  field("owner").value = view.owner;
  field("services").value = view.links.serviceIds.join(", ");
  field("tickets").value = (await ticketNumbers(view.links)).join(", ");
  field("contracts").value = view.links.contractIds.join(", ");
  field("inherentImpact").value = view.inherent ? String(view.inherent.impact) : "";
  field("inherentLikelihood").value = view.inherent ? String(view.inherent.likelihood) : "";
  field("residualImpact").value = view.residual ? String(view.residual.impact) : "";
  field("residualLikelihood").value = view.residual ? String(view.residual.likelihood) : "";
  field("treatment").value = view.treatment ?? "";
  field("controls").value = view.controls.join("\n");
  field("reviewBy").value = view.reviewBy ?? "";
  actions.show(view.actions);
  alternatives.show(view.alternatives);
  clearFieldProblems(form, formProblem);
  edited = false;
  required("[data-moves]").replaceChildren(...view.allowedTransitions.map((/** @type {string} */ to) => {
    const button = element("button", { text: MOVE_LABELS[to] ?? to, attributes: { type: "button", "data-move": to } });
    button.addEventListener("click", () => void move(to));
    return button;
  }));
  required("[data-history]").replaceChildren(...history.slice().reverse().map((/** @type {any} */ h) => element("li", {},
    element("span", { text: `${new Date(h.at).toLocaleString()} · ${h.actor} · ${h.kind}${h.changes.length ? ": " + h.changes.map((/** @type {any} */ c) => `${c.field} ${c.new ?? "cleared"}`).join("; ") : ""}${h.note ? ` — ${h.note}` : ""}` }))));
}

/**
 * @param {string} impactName
 * @param {string} likelihoodName
 * @returns {Assessment | null}
 */
function assessment(impactName, likelihoodName) {
  const impact = field(impactName).value;
  const likelihood = field(likelihoodName).value;
  return impact && likelihood ? { impact: Number(impact), likelihood: Number(likelihood) } : null;
}

/**
 * Sends a command about the selected risk with the version it was read at, then shows it and the register again.
 * @type {(method: string, path: string, body: object, place: { form: HTMLElement, general: HTMLElement }) => Promise<boolean>}
 */
const send = oneAtATime(async (/** @type {string} */ method, /** @type {string} */ path, /** @type {object} */ body,
  /** @type {{ form: HTMLElement, general: HTMLElement }} */ place) => {
  const record = selected;
  if (!record) {
    return false;
  }
  clearFieldProblems(place.form, place.general);
  try {
    await call(`/api/risks/${record.id}${path}`, { method, headers: { "If-Match": `"${record.version}"` }, body: JSON.stringify(body) });
  } catch (error) {
    showFieldProblems(place.form, place.general, error);
    if (/** @type {any} */ (error).status === 409) {
      await show(record.id);
      showFieldProblems(place.form, place.general, error);
    }
    return false;
  }
  await show(record.id);
  await loadRegister();
  return true;
});

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  /** @type {{ changeIds: string[], problemIds: string[] }} */
  let tickets;
  try {
    tickets = await ticketIds(field("tickets").value);
  } catch (error) {
    showFieldProblems(form, formProblem, error);
    return;
  }
  void send("PATCH", "", {
    title: field("title").value,
    description: field("description").value,
    cause: field("cause").value,
    category: field("category").value,
    owner: field("owner").value,
    links: { serviceIds: ids(field("services").value), ...tickets, contractIds: ids(field("contracts").value) },
    inherent: assessment("inherentImpact", "inherentLikelihood"),
    residual: assessment("residualImpact", "residualLikelihood"),
    treatment: field("treatment").value || null,
    controls: field("controls").value.split("\n").map((c) => c.trim()).filter(Boolean),
    actions: actions.rows().map((a) => ({ description: a.description, owner: a.owner, due: a.due || null, done: Boolean(a.done) })),
    alternatives: alternatives.rows(),
    reviewBy: field("reviewBy").value || null,
  }, { form, general: formProblem });
});

/** @param {string} to */
async function move(to) {
  const notes = /** @type {HTMLTextAreaElement} */ (movesForm.elements.namedItem("notes"));
  if (await send("POST", "/transitions", { to, notes: notes.value.trim() || null }, { form: movesForm, general: moveProblem })) {
    notes.value = "";
  }
}

offerNewRisk(/** @type {HTMLFormElement} */ (required("[data-new-risk]")), /** @type {HTMLElement} */ (required("[data-new-risk-problem]")), async (created) => {
  await loadRegister();
  await show(created.id);
});

const reloadSoon = whenSettled(loadRegister, 500);

/**
 * A risk changed somewhere (the register's live stream): the register is read again, at most every half second, and
 * the risk shown is read again unless it has edits of this page's user.
 * @param {{ kind: string, items: { id: string, version: number }[] }} message
 */
function follow(message) {
  if (message.kind === "snapshot") {
    return;
  }
  reloadSoon();
  const current = selected;
  if (current && !edited && message.items.some((r) => r.id === current.id && r.version > current.version)) {
    void show(current.id);
  }
}

filters.addEventListener("submit", (event) => {
  event.preventDefault();
  void loadRegister();
});
required("[data-refresh]").addEventListener("click", () => void loadRegister());

await loadRegister();
const linked = linkedId();
if (linked) {
  try {
    await show(linked);
  } catch (error) {
    missing.hidden = false;
    setText(missing, notShown("risk", linked, error));
  }
}
new BoardConnection({
  signalR: window.signalR,
  hubUrl: "/hubs/operations",
  method: "SubscribeRisks",
  args: [],
  onMessage: follow,
  onStateChange: (state, detail) => {
    document.body.dataset.connectionState = state;
    setText(required("[data-connection-label]"), detail);
  },
}).start();
document.body.dataset.ready = "true";
