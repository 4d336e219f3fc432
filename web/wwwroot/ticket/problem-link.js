// Linking the ticket to a problem chosen from the problems list, or applying a known error: the ticket then carries the
// problem and shows its workaround.
import { element, setText } from "../shell/dom.js";
import { call } from "../shell/api.js";

export class ProblemLink {
  #panel;
  #ticketId;
  #commands;
  #choice;
  /** @type {any[]} ProblemSummary */
  #problems = [];

  /**
   * @param {HTMLElement} panel holds [data-linked-problem], the [data-problem-form] with its select, [data-workaround-preview] and [data-link-problem-problem]
   * @param {string} ticketId
   * @param {import("./ticket-commands.js").TicketCommands} commands
   */
  constructor(panel, ticketId, commands) {
    this.#panel = panel;
    this.#ticketId = ticketId;
    this.#commands = commands;
    const form = /** @type {HTMLFormElement} */ (panel.querySelector("[data-problem-form]"));
    this.#choice = /** @type {HTMLSelectElement} */ (form.elements.namedItem("problem"));
    this.#choice.addEventListener("change", () => this.#preview());
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const applying = /** @type {SubmitEvent} */ (event).submitter?.hasAttribute("data-apply-workaround") ?? false;
      void this.#link(applying);
    });
  }

  /** Reads the problems to choose from. */
  async load() {
    this.#problems = await call("/api/problems");
    this.#choice.replaceChildren(element("option", { text: "Choose a problem…", attributes: { value: "" } }),
      ...this.#problems.map((p) => element("option", {
        text: `${p.number} · ${p.title} · ${p.status}${p.knownError ? " · known error" : ""}`,
        attributes: { value: p.id },
      })));
    this.#preview();
  }

  /**
   * Shows what the ticket is linked to now.
   * @param {any} incident
   */
  show(incident) {
    const problem = incident.problem;
    setText(this.#part("[data-linked-problem]"), problem
      ? `Linked to ${problem.number}${problem.knownError ? " (known error)" : ""}.` : "Not linked to a problem.");
    const workaround = this.#part("[data-applied-workaround]");
    workaround.hidden = !problem?.workaround;
    setText(workaround, problem?.workaround ? `Workaround: ${problem.workaround}` : "");
  }

  #chosen() {
    return this.#problems.find((p) => p.id === this.#choice.value);
  }

  #preview() {
    const chosen = this.#chosen();
    const apply = /** @type {HTMLButtonElement} */ (this.#panel.querySelector("[data-apply-workaround]"));
    apply.disabled = !chosen?.knownError;
    setText(this.#part("[data-workaround-preview]"), chosen?.knownError ? `Its workaround: ${chosen.workaround ?? "none written yet"}` : "");
  }

  /** @param {boolean} applying applies the known error's workaround rather than only linking */
  async #link(applying) {
    const problem = this.#part("[data-link-problem-problem]");
    setText(problem, "");
    const chosen = this.#chosen();
    if (!chosen) {
      setText(problem, "Choose a problem first.");
      return;
    }
    try {
      // No If-Match: a version would guard the problem, and the list's copy lags it; adding a link overwrites nothing.
      await (applying
        ? call(`/api/incidents/${this.#ticketId}/known-error`, { method: "POST", body: JSON.stringify({ problemId: chosen.id }) })
        : call(`/api/problems/${chosen.id}/incidents`, { method: "POST", body: JSON.stringify({ incidentId: this.#ticketId }) }));
      await Promise.all([this.#commands.reload(), this.load()]);
    } catch (error) {
      setText(problem, /** @type {Error} */ (error).message);
    }
  }

  /** @param {string} selector */
  #part(selector) {
    return /** @type {HTMLElement} */ (this.#panel.querySelector(selector));
  }
}
