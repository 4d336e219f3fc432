import { element, required, setText } from "../shell/dom.js";
import { call, idempotencyKey, oneAtATime } from "../shell/api.js";
import { clearFieldProblems, showFieldProblems } from "../shell/field-problems.js";
import { rowEditor } from "../shell/row-editor.js";
import { invocationPanel } from "./invocation.js";
import { durationForApi, formatDurationText, parseTimeSpan } from "../shell/timespan.js";

const MOVE_LABELS = /** @type {Record<string, string>} */ ({ approved: "Approve", retired: "Retire", draft: "Reinstate as a draft" });

/** @param {string} text a comma separated list */
function ids(text) {
  return text.split(",").map((s) => s.trim()).filter(Boolean);
}

/**
 * The continuity plans section: the plans, recording one, and the plan selected, which keepers revise, approve,
 * retire and reinstate.
 * @param {{ keeps: boolean }} options
 */
export async function startPlans({ keeps }) {
  /** @type {HTMLFieldSetElement} */ (required("[data-plan-fields]")).disabled = !keeps;
  const list = required("[data-plans]");
  const detail = /** @type {HTMLElement} */ (required("[data-plan]"));
  const form = /** @type {HTMLFormElement} */ (required("[data-plan-form]"));
  const problem = /** @type {HTMLElement} */ (required("[data-plan-problem]"));
  const movesForm = /** @type {HTMLFormElement} */ (required("[data-plan-moves-form]"));
  const moveProblem = /** @type {HTMLElement} */ (required("[data-plan-move-problem]"));
  const contacts = rowEditor(required("[data-contacts]"), "contact", [
    { name: "role", label: "Role" },
    { name: "name", label: "Name" },
    { name: "reach", label: "How to reach", width: "wide" },
  ]);
  const steps = rowEditor(required("[data-steps]"), "plan-step", [
    { name: "title", label: "Step", width: "wide" },
    { name: "owner", label: "Owner" },
    { name: "expectedDuration", label: "Expected (e.g. 30m)" },
  ]);

  /** @type {{ id: string, version: number, revision: number } | null} */
  let selected = null;
  let edited = false;
  form.addEventListener("input", () => { edited = true; });

  /** @param {string} name */
  function field(name) {
    return /** @type {HTMLInputElement} */ (form.elements.namedItem(name));
  }

  /** @param {any[]} plans */
  function render(plans) {
    const shown = [...plans].sort((a, b) => a.number.localeCompare(b.number));
    list.replaceChildren(...shown.map((plan) => {
      const button = element("button", {
        text: `${plan.number} · ${plan.content.title} · ${plan.status} · ${plan.content.serviceIds.join(", ")}`,
        attributes: { type: "button", "data-plan-number": plan.number },
      });
      button.addEventListener("click", () => void show(plan.id));
      return element("li", {}, button);
    }));
    if (shown.length === 0) {
      list.replaceChildren(element("li", { className: "muted", text: "No continuity plans yet." }));
    }
  }

  /** @param {string} id */
  async function show(id) {
    const [view, history] = await Promise.all([call(`/api/continuity/plans/${id}`), call(`/api/continuity/plans/${id}/history`)]);
    selected = { id, version: view.version, revision: view.revision };
    detail.hidden = false;
    detail.dataset.plan = view.number;
    detail.dataset.status = view.status;
    const content = view.content;
    setText(required("[data-plan-heading]"), `${view.number} · ${content.title}`);
    required("[data-plan-facts]").replaceChildren(...[
      ["Status", view.status],
      ["Approved", view.approvedRevision ? `revision ${view.approvedRevision} by ${view.approvedBy}, ${new Date(view.approvedAt).toLocaleString()}` : "never"],
      ["Expected recovery", formatDurationText(parseTimeSpan(view.expectedRecovery))],
      ["Review by", content.reviewBy ?? "not set"],
    ].flatMap(([term, value]) => [element("dt", { text: term }), element("dd", { text: value, attributes: { "data-plan-fact": term } })]));
    field("title").value = content.title;
    field("scenario").value = content.scenario;
    field("serviceIds").value = content.serviceIds.join(", ");
    field("invocationCriteria").value = content.invocationCriteria;
    field("decisionMakers").value = content.decisionMakers.join(", ");
    contacts.show(content.contacts.map((/** @type {any} */ c) => ({ ...c, reach: c.reach ?? "" })));
    steps.show(content.steps.map((/** @type {any} */ s) => ({ ...s, expectedDuration: formatDurationText(parseTimeSpan(s.expectedDuration)) })));
    field("fallback.description").value = content.fallback?.description ?? "";
    field("fallback.vendorContractId").value = content.fallback?.vendorContractId ?? "";
    field("reviewBy").value = content.reviewBy ?? "";
    field("exerciseEveryMonths").value = String(content.exerciseEveryMonths);
    clearFieldProblems(form, problem);
    edited = false;
    required("[data-plan-moves]").replaceChildren(...view.allowedTransitions.map((/** @type {string} */ to) => {
      const button = element("button", { text: MOVE_LABELS[to] ?? to, attributes: { type: "button", "data-plan-move": to } });
      button.addEventListener("click", () => void move(to));
      return button;
    }));
    invocation.render(view);
    required("[data-plan-history]").replaceChildren(...history.slice().reverse().map((/** @type {any} */ h) => element("li", {
      text: `${new Date(h.at).toLocaleString()} · ${h.actor} · ${h.kind}${h.changes.length ? ": " + h.changes.map((/** @type {any} */ c) => c.field).join(", ") : ""}${h.note ? ` — ${h.note}` : ""}`,
    })));
  }

  function content() {
    const fallback = field("fallback.description").value.trim() || field("fallback.vendorContractId").value.trim()
      ? { description: field("fallback.description").value, vendorContractId: field("fallback.vendorContractId").value.trim() || null }
      : null;
    return {
      title: field("title").value,
      scenario: field("scenario").value,
      serviceIds: ids(field("serviceIds").value),
      invocationCriteria: field("invocationCriteria").value,
      decisionMakers: ids(field("decisionMakers").value),
      contacts: contacts.rows().map((c) => ({ role: c.role, name: c.name, reach: c.reach || null })),
      steps: steps.rows().map((s) => ({ title: s.title, owner: s.owner, expectedDuration: durationForApi(s.expectedDuration) })),
      fallback,
      reviewBy: field("reviewBy").value || null,
      exerciseEveryMonths: Number(field("exerciseEveryMonths").value) || 12,
    };
  }

  /**
   * Sends a command about the selected plan with the version it was read at, then shows it again.
   * @type {(method: string, path: string, body: object, place: { form: HTMLElement, general: HTMLElement }) => Promise<boolean>}
   */
  const send = oneAtATime(async (method, path, body, place) => {
    const record = selected;
    if (!record) {
      return false;
    }
    clearFieldProblems(place.form, place.general);
    try {
      await call(`/api/continuity/plans/${record.id}${path}`, { method, headers: { "If-Match": `"${record.version}"` }, body: JSON.stringify(body) });
    } catch (error) {
      if (/** @type {any} */ (error).status === 409) {
        await show(record.id);
      }
      showFieldProblems(place.form, place.general, error);
      return false;
    }
    await show(record.id);
    return true;
  });

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void send("PUT", "", content(), { form, general: problem });
  });

  const invocation = invocationPanel(send);

  /** @param {string} to */
  async function move(to) {
    const notes = /** @type {HTMLTextAreaElement} */ (movesForm.elements.namedItem("notes"));
    if (await send("POST", "/transitions", { to, notes: notes.value.trim() || null }, { form: movesForm, general: moveProblem })) {
      notes.value = "";
    }
  }

  const newPlan = /** @type {HTMLFormElement} */ (required("[data-new-plan]"));
  const newProblem = /** @type {HTMLElement} */ (required("[data-new-plan-problem]"));
  let key = idempotencyKey();
  newPlan.addEventListener("submit", async (event) => {
    event.preventDefault();
    clearFieldProblems(newPlan, newProblem);
    const value = (/** @type {string} */ name) => /** @type {HTMLInputElement} */ (newPlan.elements.namedItem(name)).value;
    try {
      const created = await call("/api/continuity/plans", {
        method: "POST",
        headers: { "Idempotency-Key": key },
        body: JSON.stringify({ title: value("title"), scenario: value("scenario"), serviceIds: ids(value("serviceIds")) }),
      });
      key = idempotencyKey();
      newPlan.reset();
      await show(created.id);
    } catch (error) {
      showFieldProblems(newPlan, newProblem, error);
    }
  });

  // An address that names a plan (/continuity.html?plan=…, as the major-incident console links) opens it.
  const addressed = new URLSearchParams(window.location.search).get("plan");
  if (addressed) {
    await show(addressed);
  }

  return {
    /**
     * The plans as the live list has them: the list is drawn again, and the plan shown is read again when it changed
     * elsewhere, unless it has edits of this page's user.
     * @param {{ id: string, revision: number }[]} plans
     */
    follow(plans) {
      render(plans);
      const current = selected;
      if (current && !edited && plans.some((p) => p.id === current.id && p.revision > current.revision)) {
        void show(current.id);
      }
    },
  };
}
