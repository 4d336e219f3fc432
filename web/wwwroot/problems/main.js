import { element, setText } from "../board/dom.js";
import { call } from "../requests/portal-api.js";

/**
 * @template {Element} T
 * @param {string} selector
 * @returns {T}
 */
function required(selector) {
  const node = document.querySelector(selector);
  if (!node) {
    throw new Error(`The problem console lacks ${selector}.`);
  }
  return /** @type {T} */ (node);
}

const list = required("[data-problems]");
const form = /** @type {HTMLFormElement} */ (required("[data-rca]"));
const problem = required("[data-problem]");
const knownError = /** @type {HTMLButtonElement} */ (required("[data-known-error]"));
/** @type {{ id: string, version: number, knownError: boolean } | null} */
let selected = null;

const MOVES = {
  new: [["assess", "Assess"]],
  assess: [["rootCauseAnalysis", "Analyse the root cause"]],
  rootCauseAnalysis: [["fixInProgress", "Fix in progress"], ["resolved", "Accept the risk"]],
  fixInProgress: [["resolved", "Fix applied"], ["rootCauseAnalysis", "Back to analysis"]],
  resolved: [["closed", "Close"]],
};

/**
 * @param {any[]} problems
 * @param {string} heading
 */
function renderList(problems, heading) {
  setText(required("[data-list-heading]"), heading);
  list.replaceChildren(...problems.map((p) => {
    const button = element("button", {
      className: p.knownError ? "known-error" : "",
      text: `${p.number} · ${p.title} · ${p.status}${p.knownError ? " · known error" : ""}${p.workaround ? ` — workaround: ${p.workaround}` : ""}`,
      attributes: { type: "button", "data-problem-number": p.number },
    });
    button.addEventListener("click", () => void show(p.id));
    return element("li", {}, button);
  }));
}

async function loadProblems() {
  renderList(await call("/api/problems"), "Problems");
}

/** @param {string} id */
async function show(id) {
  const view = await call(`/api/problems/${encodeURIComponent(id)}`);
  selected = { id, version: view.version, knownError: view.knownError };
  form.hidden = false;
  form.dataset.problem = view.number;
  setText(required("[data-problem-heading]"), `${view.number} · ${view.title}`);
  required("[data-facts]").replaceChildren(...[
    ["Status", view.status],
    ["Service", view.serviceId ?? "none"],
    ["Known error", view.knownError ? "published" : "no"],
    ["Resolution", view.resolution ?? "—"],
  ].flatMap(([term, value]) => [element("dt", { text: term }), element("dd", { text: value })]));
  for (const name of ["symptoms", "cause", "workaround"]) {
    /** @type {HTMLTextAreaElement} */ (form.elements.namedItem(name)).value = view[name] ?? "";
  }
  setText(knownError, view.knownError ? "Withdraw known error" : "Publish as known error");
  required("[data-incidents]").replaceChildren(...view.incidents.map((/** @type {any} */ i) => element("li", { text: `${i.number} · ${i.status} · ${i.title}` })));
  required("[data-moves]").replaceChildren(...(/** @type {Record<string, string[][]>} */ (MOVES)[view.status] ?? []).map(([to, label]) => {
    const button = element("button", { text: label, attributes: { type: "button", "data-move": to } });
    button.addEventListener("click", () => void move(to, label));
    return button;
  }));
}

/**
 * @param {string} to
 * @param {string} label
 */
async function move(to, label) {
  const resolution = to === "resolved" ? (label === "Accept the risk" ? "riskAccepted" : "fixApplied") : null;
  const notes = to === "resolved" || to === "rootCauseAnalysis" ? window.prompt("Notes") ?? "" : null;
  await act("POST", "transitions", { to, resolution, notes });
}

/**
 * @param {string} method
 * @param {string} path under /api/problems/{id}/, or "" for the problem itself
 * @param {object} body
 */
async function act(method, path, body) {
  if (!selected) {
    return;
  }
  setText(problem, "");
  try {
    await call(`/api/problems/${selected.id}${path ? `/${path}` : ""}`, { method, headers: { "If-Match": `"${selected.version}"` }, body: JSON.stringify(body) });
  } catch (error) {
    setText(problem, /** @type {Error} */ (error).message);
  }
  await show(selected.id);
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const value = (/** @type {string} */ name) => /** @type {HTMLTextAreaElement} */ (form.elements.namedItem(name)).value;
  void act("PATCH", "", { symptoms: value("symptoms"), cause: value("cause"), workaround: value("workaround") });
});
knownError.addEventListener("click", () => void act("PUT", "known-error", { knownError: !selected?.knownError }));
required("[data-search-form]").addEventListener("submit", async (event) => {
  event.preventDefault();
  const q = /** @type {HTMLInputElement} */ (/** @type {HTMLFormElement} */ (event.target).elements.namedItem("q")).value;
  renderList(await call(`/api/known-errors?q=${encodeURIComponent(q)}`), `Known errors matching "${q}"`);
});
required("[data-refresh]").addEventListener("click", () => void loadProblems());

await loadProblems();
document.body.dataset.ready = "true";
