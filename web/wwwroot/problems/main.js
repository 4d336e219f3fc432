import { startShell } from "../shell/shell.js";
import { element, required, setText } from "../shell/dom.js";
import { call, idempotencyKey } from "../shell/api.js";
import { recordCommands } from "../shell/record-commands.js";
import { findIncidents, offerOpenIncidents } from "../board/incident-lookup.js";
import { linkedId, notShown, showInAddress } from "../board/linked-record.js";

startShell();

const list = required("[data-problems]");
const form = /** @type {HTMLFormElement} */ (required("[data-rca]"));
const problem = required("[data-problem]");
const knownError = /** @type {HTMLButtonElement} */ (required("[data-known-error]"));
const missing = /** @type {HTMLElement} */ (required("[data-problem-missing]"));
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
  showInAddress(id);
  setText(missing, "");
  missing.hidden = true;
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
  required("[data-incidents]").replaceChildren(...view.incidents.map((/** @type {any} */ i) => {
    const unlink = element("button", { text: "Unlink", attributes: { type: "button", "data-unlink": i.number } });
    unlink.addEventListener("click", () => void act("DELETE", `incidents/${i.id}`, null));
    return element("li", {}, element("span", { text: `${i.number} · ${i.status} · ${i.title}` }), unlink);
  }));
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

// Commands about the selected problem, under /api/problems/{id}/ ("" for the problem itself).
const act = recordCommands({ address: "/api/problems", selected: () => selected, show, problem });

const linkInput = /** @type {HTMLInputElement} */ (required("[data-link-incidents]"));
required("[data-link]").addEventListener("click", async () => {
  setText(problem, "");
  try {
    for (const incident of await findIncidents(linkInput.value)) {
      if (!await act("POST", "incidents", { incidentId: incident.id })) {
        return;
      }
    }
    linkInput.value = "";
  } catch (error) {
    setText(problem, /** @type {Error} */ (error).message);
  }
});

const newProblem = /** @type {HTMLFormElement} */ (required("[data-new-problem]"));
newProblem.addEventListener("submit", async (event) => {
  event.preventDefault();
  const data = new FormData(newProblem);
  const error = required("[data-new-problem-error]");
  setText(error, "");
  try {
    const numbers = String(data.get("incidents") ?? "");
    const incidentIds = numbers.trim() === "" ? [] : (await findIncidents(numbers)).map((i) => i.id);
    const serviceId = String(data.get("serviceId") ?? "").trim();
    const created = await call("/api/problems", {
      method: "POST",
      headers: { "Idempotency-Key": idempotencyKey() },
      body: JSON.stringify({ title: data.get("title"), description: data.get("description"), serviceId: serviceId || null, incidentIds }),
    });
    newProblem.reset();
    await loadProblems();
    await show(created.id);
  } catch (failure) {
    setText(error, /** @type {Error} */ (failure).message);
  }
});

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
const linked = linkedId();
if (linked) {
  try {
    await show(linked);
  } catch (error) {
    missing.hidden = false;
    setText(missing, notShown("problem", linked, error));
  }
}
void offerOpenIncidents(/** @type {HTMLDataListElement} */ (required("[data-open-incidents]")));
document.body.dataset.ready = "true";
