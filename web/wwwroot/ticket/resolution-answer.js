// The requester's answer to a resolution: it is fixed (the ticket closes), or it is not (it reopens, saying why).
import { setText } from "../shell/dom.js";
import { call, idempotencyKey } from "../shell/api.js";

export class ResolutionAnswer {
  #box;
  #state;
  #ticketId;
  #me;
  #idempotencyKey = idempotencyKey();

  /**
   * @param {HTMLElement} box the [data-resolution] block: notes, a confirm button, a reopen form and a problem line
   * @param {import("./ticket-state.js").TicketState} state
   * @param {string} ticketId
   * @param {string} me the signed-in user
   */
  constructor(box, state, ticketId, me) {
    this.#box = box;
    this.#state = state;
    this.#ticketId = ticketId;
    this.#me = me;
    this.#part("[data-confirm]").addEventListener("click", () => void this.#answer("confirm", null));
    const reopen = /** @type {HTMLFormElement} */ (this.#part("[data-reopen-form]"));
    reopen.addEventListener("submit", (event) => {
      event.preventDefault();
      const reason = /** @type {HTMLTextAreaElement} */ (reopen.elements.namedItem("reason")).value;
      void this.#answer("reopen", { reason }).then((answered) => answered && reopen.reset());
    });
  }

  /** Offered to the ticket's requester while it is resolved, and only then. */
  show() {
    const incident = this.#state.incident;
    const asked = incident.status === "resolved" && String(incident.requester).toLowerCase() === this.#me.toLowerCase();
    this.#box.hidden = !asked;
    if (asked) {
      setText(this.#part("[data-resolution-notes]"), `The service desk resolved it: ${incident.resolutionNotes ?? ""}`);
    }
  }

  /**
   * @param {"confirm" | "reopen"} answer
   * @param {{ reason: string } | null} body
   * @returns {Promise<boolean>} whether the answer was taken
   */
  async #answer(answer, body) {
    const problem = this.#part("[data-resolution-problem]");
    setText(problem, "");
    try {
      await call(`/api/incidents/${this.#ticketId}/${answer}`, {
        method: "POST",
        // From the version on screen: had the desk moved the ticket since, the answer is refused rather than applied blind.
        headers: { "If-Match": `"${this.#state.incident.version}"`, "Idempotency-Key": this.#idempotencyKey },
        body: body ? JSON.stringify(body) : undefined,
      });
      this.#idempotencyKey = idempotencyKey();
      return true;
    } catch (error) {
      setText(problem, /** @type {Error} */ (error).message);
      return false;
    }
  }

  /** @param {string} selector */
  #part(selector) {
    const node = this.#box.querySelector(selector);
    if (!node) {
      throw new Error(`The resolution block lacks ${selector}.`);
    }
    return /** @type {HTMLElement} */ (node);
  }
}
