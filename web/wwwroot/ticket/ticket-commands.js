// Commands about the ticket, sent from the version on screen: a refusal is shown in place, and when someone changed the
// ticket meanwhile (409) the page reads it again, so the next attempt starts from what is there now.
import { setText } from "../shell/dom.js";
import { call, ProblemError, oneAtATime } from "../shell/api.js";

export class TicketCommands {
  #state;
  #ticketId;
  #received;

  /**
   * @param {import("./ticket-state.js").TicketState} state
   * @param {string} ticketId
   * @param {(incident: any) => void} received shows an incident view the server answered with
   */
  constructor(state, ticketId, received) {
    this.#state = state;
    this.#ticketId = ticketId;
    this.#received = received;
  }

  /**
   * Posts to /api/incidents/{id}/{path} with the version on screen, one command at a time.
   * @param {string} path
   * @param {object | null} body
   * @param {HTMLElement} problem where a refusal is shown
   * @returns {Promise<boolean>} whether the server took it
   */
  send = oneAtATime(async (/** @type {string} */ path, /** @type {object | null} */ body, /** @type {HTMLElement} */ problem) => {
    setText(problem, "");
    try {
      this.#received(await call(`/api/incidents/${this.#ticketId}/${path}`, {
        method: "POST",
        headers: { "If-Match": `"${this.#state.incident.version}"` },
        body: body ? JSON.stringify(body) : undefined,
      }));
      return true;
    } catch (error) {
      setText(problem, /** @type {Error} */ (error).message);
      if (error instanceof ProblemError && error.status === 409) {
        await this.reload();
      }
      return false;
    }
  });

  /** Reads the ticket as it is now. */
  async reload() {
    this.#received(await call(`/api/incidents/${this.#ticketId}`));
  }
}
