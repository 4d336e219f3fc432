// "Raise incident" on every page, for every role that may raise one: a dialog that shows the priority the server will
// compute and the support group the incident will go to, and opens the new ticket once it is raised.
import { call, idempotencyKey, ProblemError } from "./api.js";
import { element, setData, setText } from "./dom.js";
import { raiseIncidentForm } from "./raise-incident-form.js";

/**
 * @typedef {{ impact: string, urgency: string, priority: string }} PriorityCell
 * @typedef {{ id: string, name: string, supportGroup: string | null }} ServiceChoice
 */

/** @type {(() => Promise<void>) | null} opens the dialog, once the shell offered it */
let openDialog = null;

/** Opens the raise-incident dialog, for a page's own entry point; does nothing for those who may not raise incidents. */
export function openRaiseIncident() {
  void openDialog?.();
}

/**
 * Puts the button into `slot` and the dialog into the page.
 * @param {HTMLElement} slot
 * @param {{ roles: string[] }} me
 */
export function offerRaiseIncident(slot, me) {
  const desk = ["agent", "noc", "admin"].some((role) => me.roles.includes(role));
  const parts = raiseIncidentForm({ desk });
  const { form } = parts;
  const dialog = element("dialog", { className: "raise-incident", attributes: { "aria-labelledby": "raise-incident-heading", "data-raise-dialog": "" } }, form);
  const button = element("button", { className: "raise-button", text: "Raise incident", attributes: { type: "button", "data-raise-incident": "" } });
  document.body.append(dialog);
  slot.prepend(button);

  /** @type {PriorityCell[]} the server's matrix */
  let matrix = [];
  /** @type {ServiceChoice[]} */
  let services = [];
  /** Whether the person typed a group of their own, which a later choice of service must not overwrite. */
  let groupChosen = false;

  const value = (/** @type {string} */ name) => /** @type {HTMLInputElement} */ (form.elements.namedItem(name)).value.trim();

  /** The service typed, by id or by name. */
  function chosenService() {
    const typed = value("serviceId").toLowerCase();
    return services.find((s) => s.id === typed) ?? services.find((s) => s.name.toLowerCase() === typed);
  }

  function showPriority() {
    const cell = matrix.find((c) => c.impact === value("impact") && c.urgency === value("urgency"));
    setText(parts.priority, cell?.priority ?? "");
    setData(parts.priority, "priority", cell?.priority ?? "");
  }

  function showService() {
    const service = chosenService();
    setText(parts.serviceName, service ? service.name : value("serviceId") ? "No such service" : "");
    const proposed = service?.supportGroup ?? null;
    setText(parts.proposedGroup, proposed ?? (desk ? "none" : "the service desk routes it"));
    if (parts.group && !groupChosen) {
      parts.group.value = proposed ?? "";
    }
  }

  function clearProblems() {
    for (const node of form.querySelectorAll("[data-field-problem]")) {
      setText(node, "");
    }
    setText(parts.problem, "");
  }

  /** @param {unknown} error */
  function showProblem(error) {
    if (error instanceof ProblemError) {
      for (const [key, messages] of Object.entries(error.errors)) {
        const node = form.querySelector(`[data-field-problem="${CSS.escape(key)}"]`);
        if (node) {
          setText(node, messages.join(" "));
        }
      }
    }
    setText(parts.problem, error instanceof Error ? error.message : String(error));
  }

  async function open() {
    form.reset();
    clearProblems();
    groupChosen = false;
    dialog.showModal();
    try {
      [matrix, services] = await Promise.all([call("/api/incidents/priority-matrix"), call("/api/services")]);
      parts.services.replaceChildren(...services.map((s) => element("option", { attributes: { value: s.id, label: s.name } })));
      showPriority();
      showService();
      dialog.dataset.ready = "true";
    } catch (error) {
      showProblem(error);
    }
  }

  async function submit() {
    clearProblems();
    const optional = (/** @type {string} */ name) => value(name) || null;
    const body = {
      title: value("title"),
      description: value("description"),
      impact: value("impact"),
      urgency: value("urgency"),
      serviceId: chosenService()?.id ?? optional("serviceId"),
      ...(desk ? { requester: optional("requester"), assignmentGroup: optional("assignmentGroup") } : {}),
    };
    parts.submit.disabled = true;
    try {
      const raised = await call("/api/incidents", { method: "POST", headers: { "Idempotency-Key": idempotencyKey() }, body: JSON.stringify(body) });
      window.location.assign(`/ticket.html?id=${encodeURIComponent(raised.id)}`);
    } catch (error) {
      showProblem(error);
      parts.submit.disabled = false;
    }
  }

  openDialog = open;
  button.addEventListener("click", () => void open());
  parts.cancel.addEventListener("click", () => dialog.close());
  form.addEventListener("change", (event) => {
    if (event.target === parts.service) {
      showService();
    }
    showPriority();
  });
  parts.service.addEventListener("input", showService);
  parts.group?.addEventListener("input", () => {
    groupChosen = true;
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void submit();
  });
}
