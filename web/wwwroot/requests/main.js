import { startShell } from "../shell/shell.js";
import { element, required, setText } from "../shell/dom.js";
import { call, idempotencyKey, ProblemError } from "../shell/api.js";
import { readAnswers, renderField } from "./request-form.js";
import { TaskQueue } from "./task-queue.js";
import { linkedId, notShown, showInAddress } from "../board/linked-record.js";
import { showMyIncidents } from "./my-incidents.js";

startShell();

/** @typedef {import("./request-form.js").CatalogItem} CatalogItem */

const catalog = required("[data-catalog]");
const form = /** @type {HTMLFormElement} */ (required("[data-request-form]"));
const fields = required("[data-form-fields]");
const approvalNote = /** @type {HTMLElement} */ (required("[data-approval-note]"));
const formProblem = required("[data-form-problem]");
const rows = required("[data-requests]");
const detail = /** @type {HTMLElement} */ (required("[data-request-detail]"));
/** @type {CatalogItem | null} */
let chosen = null;
/** @type {string | null} the request shown in the detail panel */
let shown = null;
/** @type {string} the signed-in user, to offer decisions to approvers only */
let me = "";
/** @type {string[]} the signed-in user's roles: approving roles decide manager steps */
let myRoles = [];

/** The moves the desk makes by hand; submission, decisions and tasks move the rest. */
const MOVES = {
  fulfilled: [["closed", "Close"], ["inFulfilment", "Reopen"]],
  waitingForApproval: [["cancelled", "Cancel the request"]],
  inFulfilment: [["cancelled", "Cancel the request"]],
};

/**
 * The desk's buttons for a request, with the reason a reopen or a cancellation needs.
 * @param {any} request a ServiceRequestView
 */
function deskMoves(request) {
  const moves = /** @type {Record<string, string[][]>} */ (MOVES)[request.status] ?? [];
  if (!fulfils || moves.length === 0) {
    return document.createDocumentFragment();
  }
  const notes = element("input", { attributes: { "data-request-notes": "", placeholder: "Why (to reopen or cancel)", "aria-label": "Why", maxlength: "2000" } });
  const problem = element("p", { className: "problem", attributes: { role: "alert" } });
  const buttons = moves.map(([to, label]) => {
    const button = element("button", { text: label, attributes: { type: "button", "data-request-move": to } });
    button.addEventListener("click", async () => {
      try {
        await call(`/api/requests/${request.id}/transitions`, {
          method: "POST",
          headers: { "If-Match": `"${request.version}"` },
          body: JSON.stringify({ to, notes: notes.value.trim() || null }),
        });
        await Promise.all([showRequest(request.id), loadRequests(), queue.load()]);
      } catch (error) {
        setText(problem, /** @type {Error} */ (error).message);
      }
    });
    return button;
  });
  return element("div", { className: "inline-form" }, notes, ...buttons, problem);
}

const DATE = new Intl.DateTimeFormat(undefined, { weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" });

/** @param {CatalogItem} item */
function choose(item) {
  chosen = item;
  setText(required("[data-form-title]"), item.name);
  setText(required("[data-form-description]"), item.description);
  fields.replaceChildren(...item.fields.map(renderField));
  approvalNote.hidden = item.approval.kind !== "manager";
  setText(formProblem, "");
  form.hidden = false;
}

async function loadCatalog() {
  /** @type {CatalogItem[]} */
  const items = await call("/api/catalog");
  catalog.replaceChildren(...items.map((item) => {
    const button = element("button", { className: "button", text: item.name, attributes: { type: "button", "data-item": item.id } });
    button.addEventListener("click", () => choose(item));
    return element("li", {}, button, element("span", { className: "muted", text: ` ${item.category}` }));
  }));
}

async function loadRequests() {
  const requests = await call("/api/requests");
  rows.replaceChildren(...requests.map((/** @type {any} */ request) => {
    const open = element("button", { className: "link-button", text: request.number, attributes: { type: "button" } });
    open.addEventListener("click", () => void showRequest(request.id));
    return element("tr", { attributes: { "data-request": request.number, "data-status": request.status } },
      element("td", {}, open), element("td", { text: request.itemName }), element("td", { text: request.requestedFor }),
      element("td", { className: "request-status", text: request.status }),
      element("td", { text: request.fulfilmentDueAt ? DATE.format(new Date(request.fulfilmentDueAt)) : "" }));
  }));
}

/** @param {string} name */
const isMe = (name) => name.toLowerCase() === me.toLowerCase();

/**
 * Whether to offer the signed-in user approve / reject; the server decides, this only hides buttons that would be refused.
 * @param {any} request a ServiceRequestView
 */
function mayDecide(request) {
  if (isMe(request.requestedBy) || isMe(request.requestedFor)) {
    return false;
  }
  return request.approvers.some(isMe) || request.approvingRoles.some((/** @type {string} */ role) => myRoles.includes(role));
}

/** @param {any} request a ServiceRequestView */
function waitingFor(request) {
  const roles = request.approvingRoles.join(" or ");
  return request.approvers.length === 0 ? `Waiting for a ${roles}`
    : roles ? `Waiting for ${request.approvers.join(", ")} (or a ${roles})`
    : `Waiting for ${request.approvers.join(", ")}`;
}

/** @param {string} id */
async function showRequest(id) {
  shown = id;
  const request = await call(`/api/requests/${encodeURIComponent(id)}`);
  showInAddress(id);
  const approver = mayDecide(request);
  const decide = (/** @type {string} */ decision) => async () => {
    const comment = decision === "reject" ? window.prompt("Why is it rejected?") ?? "" : "";
    try {
      await call(`/api/requests/${id}/approvals`, { method: "POST", body: JSON.stringify({ decision, comment }) });
      await Promise.all([showRequest(id), loadRequests()]);
    } catch (error) {
      setText(detail, /** @type {Error} */ (error).message);
    }
  };
  const approve = element("button", { text: "Approve", attributes: { type: "button", "data-approve": "" } });
  const reject = element("button", { text: "Reject", attributes: { type: "button", "data-reject": "" } });
  approve.addEventListener("click", decide("approve"));
  reject.addEventListener("click", decide("reject"));
  detail.hidden = false;
  detail.dataset.request = request.number;
  detail.replaceChildren(
    element("h3", { text: `${request.number} · ${request.itemName} · ${request.status}` }),
    element("ul", {}, ...Object.entries(request.answers).map(([key, value]) => element("li", { text: `${key}: ${value}` }))),
    request.status === "waitingForApproval" && approver ? element("div", { className: "form-actions" }, approve, reject)
      : request.status === "waitingForApproval" ? element("p", { className: "muted", text: waitingFor(request) })
      : document.createDocumentFragment(),
    deskMoves(request),
    element("h4", { text: "Tasks" }),
    element("ul", {}, ...request.tasks.map((/** @type {any} */ t) => element("li", { text: `${t.number}. ${t.title} — ${t.done ? "done" : t.assignee ?? "open"}` }))),
    element("h4", { text: "History" }),
    element("ol", {}, ...request.history.map((/** @type {any} */ h) => element("li", { text: `${DATE.format(new Date(h.at))} ${h.actor}: ${h.text || h.kind}` }))),
  );
}

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  if (!chosen) {
    return;
  }
  for (const node of form.querySelectorAll("[data-field-problem]")) {
    setText(node, "");
  }
  try {
    const request = await call("/api/requests", {
      method: "POST",
      headers: { "Idempotency-Key": idempotencyKey() },
      body: JSON.stringify({ itemId: chosen.id, answers: readAnswers(form, chosen) }),
    });
    form.hidden = true;
    form.reset();
    await loadRequests();
    await showRequest(request.id);
  } catch (error) {
    if (error instanceof ProblemError) {
      for (const [key, messages] of Object.entries(error.errors)) {
        const node = form.querySelector(`[data-field-problem="${CSS.escape(key.replace(/^answers\./, ""))}"]`);
        if (node) {
          setText(node, messages.join(" "));
        }
      }
    }
    setText(formProblem, /** @type {Error} */ (error).message);
  }
});

required("[data-cancel]").addEventListener("click", () => {
  form.hidden = true;
});
required("[data-refresh]").addEventListener("click", () => void Promise.all([loadRequests(), shown ? showRequest(shown) : null, fulfils ? queue.load() : null]));

const signedIn = await call("/api/me");
me = signedIn.name;
myRoles = signedIn.roles;
const fulfils = signedIn.roles.some((/** @type {string} */ role) => role === "agent" || role === "admin");
const queue = new TaskQueue({
  section: /** @type {HTMLElement} */ (required("[data-task-queue]")),
  filter: /** @type {HTMLFormElement} */ (required("[data-queue-filter]")),
  rows: required("[data-tasks]"),
  problem: required("[data-queue-problem]"),
  me,
  format: (at) => at ? DATE.format(new Date(at)) : "",
  changed: async (requestId) => {
    await loadRequests();
    if (shown === requestId) {
      await showRequest(requestId);
    }
  },
});
// The incident list shows a requester only their own, and the desk everything: "My incidents" is for requesters.
if (signedIn.roles.every((/** @type {string} */ role) => role === "requester")) {
  showMyIncidents({
    section: required("[data-my-incidents]"),
    rows: required("[data-my-incident-rows]"),
    problem: required("[data-my-incidents-problem]"),
    raise: required("[data-raise-from-portal]"),
    format: (at) => DATE.format(new Date(at)),
  });
}
await Promise.all([loadCatalog(), loadRequests(), fulfils ? queue.load() : null]);
const linked = linkedId();
if (linked) {
  try {
    await showRequest(linked);
  } catch (error) {
    shown = null;
    detail.hidden = false;
    delete detail.dataset.request;
    detail.replaceChildren(element("p", { className: "problem", text: notShown("request", linked, error), attributes: { role: "alert", "data-request-missing": "" } }));
  }
}
document.body.dataset.ready = "true";
