// The ticket's fields as a form that never blocks: edits start from the version on screen, a field someone else
// changes meanwhile is marked at once, and a refused save shows both values so the agent chooses.
import { element, setText } from "../shell/dom.js";
import { call, ProblemError } from "../shell/api.js";

const FIELDS = ["title", "description", "impact", "urgency"];

export class FieldEditor {
  #form;
  #state;
  #ticketId;
  /** @type {Map<string, number>} field → the version the agent started editing it at */
  #dirty = new Map();
  /** @type {(field: string | null) => void} */
  #onEditing;

  /**
   * @param {HTMLFormElement} form
   * @param {import("./ticket-state.js").TicketState} state
   * @param {string} ticketId
   * @param {(field: string | null) => void} onEditing told which field has the focus (null when none)
   */
  constructor(form, state, ticketId, onEditing) {
    this.#form = form;
    this.#state = state;
    this.#ticketId = ticketId;
    this.#onEditing = onEditing;
    for (const name of FIELDS) {
      const input = this.#input(name);
      input.addEventListener("input", () => {
        if (!this.#dirty.has(name)) {
          this.#dirty.set(name, this.#state.incident.version);
        }
      });
      input.addEventListener("focus", () => this.#onEditing(name));
      input.addEventListener("blur", () => this.#onEditing(null));
    }
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      void this.#save([...this.#dirty.keys()], Math.min(...this.#dirty.values()));
    });
  }

  /** Shows the fields without letting them change: for those who do not work tickets (the requester, the NOC). */
  lock() {
    for (const name of FIELDS) {
      const input = this.#input(name);
      if (input instanceof HTMLSelectElement) {
        input.disabled = true;
      } else {
        input.readOnly = true;
      }
    }
    this.#form.querySelector("[data-save]")?.closest(".form-actions")?.setAttribute("hidden", "");
  }

  /** Shows the ticket as it is now; fields being edited keep the agent's text and are marked if someone changed them. */
  show() {
    const incident = this.#state.incident;
    /** @type {string[]} */
    const stale = [];
    for (const name of FIELDS) {
      const now = String(incident[name] ?? "");
      if (!this.#dirty.has(name)) {
        this.#input(name).value = now;
        continue;
      }
      if (this.#changedSince(name)) {
        const change = this.#state.lastChange(name);
        stale.push(`${change?.actor ?? "Someone"} changed ${name} to "${change?.value ?? ""}" while you were editing it`);
      }
    }
    const staleNote = /** @type {HTMLElement} */ (this.#form.querySelector("[data-stale]"));
    staleNote.hidden = stale.length === 0;
    setText(staleNote, stale.length === 0 ? "" : `${stale.join("; ")}. Saving will ask you which value to keep.`);
    this.#form.dataset.stale = String(stale.length > 0);
  }

  /** @param {string} name */
  #changedSince(name) {
    const since = this.#dirty.get(name) ?? Infinity;
    return [...this.#state.timeline.values()].some((item) => item.entry.version > since && item.entry.changes.some((c) => c.field === name));
  }

  /**
   * @param {string[]} names the fields to send
   * @param {number} basedOn the version the edit started from
   */
  async #save(names, basedOn) {
    const problem = /** @type {HTMLElement} */ (this.#form.querySelector("[data-fields-problem]"));
    setText(problem, "");
    if (names.length === 0) {
      setText(problem, "Nothing changed.");
      return;
    }
    const body = Object.fromEntries(names.map((name) => [name, this.#input(name).value]));
    try {
      await call(`/api/incidents/${this.#ticketId}`, { method: "PATCH", headers: { "If-Match": `"${basedOn}"` }, body: JSON.stringify(body) });
      names.forEach((name) => this.#dirty.delete(name));
      this.#showConflicts([]);
      this.show();
    } catch (error) {
      if (error instanceof ProblemError && Array.isArray(error.conflicts)) {
        this.#showConflicts(error.conflicts);
      } else {
        setText(problem, /** @type {Error} */ (error).message);
      }
    }
  }

  /** @param {{ field: string, yours: string | null, theirs: string | null, changedBy: string }[]} conflicts */
  #showConflicts(conflicts) {
    const box = /** @type {HTMLElement} */ (this.#form.querySelector("[data-conflicts]"));
    box.hidden = conflicts.length === 0;
    box.replaceChildren(...conflicts.map((c) => {
      const mine = element("button", { text: "Keep mine", attributes: { type: "button", "data-keep-mine": c.field } });
      const theirs = element("button", { text: "Take theirs", attributes: { type: "button", "data-take-theirs": c.field } });
      mine.addEventListener("click", () => void this.#save([c.field], this.#state.incident.version));
      theirs.addEventListener("click", () => {
        this.#dirty.delete(c.field);
        box.replaceChildren();
        box.hidden = true;
        this.show();
      });
      return element("div", { className: "conflict", attributes: { "data-conflict": c.field } },
        element("p", { text: `${c.changedBy} changed ${c.field} too. Yours: "${c.yours ?? ""}" · theirs: "${c.theirs ?? ""}"` }),
        element("div", { className: "form-actions" }, mine, theirs));
    }));
  }

  /** @param {string} name */
  #input(name) {
    return /** @type {HTMLInputElement} */ (this.#form.elements.namedItem(name));
  }
}
