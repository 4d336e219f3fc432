// What this tab is doing on the ticket (viewing, editing a field, typing, idle), told to the room so colleagues see it,
// and repeated as a heartbeat. Requesters neither report nor see who is on a ticket.

const HEARTBEAT_MS = 2_000;
const TYPING_LINGERS_MS = 4_000;

export class PresenceReporter {
  #ticketId;
  #enabled;
  /** @type {{ invoke: (method: string, ...args: unknown[]) => Promise<unknown> } | null} */
  #connection = null;
  #activity = { name: "viewing", field: /** @type {string | null} */ (null) };
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  #typingEnds;

  /**
   * @param {string} ticketId
   * @param {boolean} enabled whether the caller reports presence (the service desk does)
   */
  constructor(ticketId, enabled) {
    this.#ticketId = ticketId;
    this.#enabled = enabled;
  }

  /**
   * Reports over the room's connection from now on, with a heartbeat, and says goodbye when the page goes.
   * @param {{ invoke: (method: string, ...args: unknown[]) => Promise<unknown> }} connection
   */
  start(connection) {
    this.#connection = connection;
    if (!this.#enabled) {
      return;
    }
    setInterval(() => void this.report(), HEARTBEAT_MS);
    document.addEventListener("visibilitychange", () => void this.report());
    window.addEventListener("pagehide", () => void connection.invoke("LeaveTicket", this.#ticketId));
  }

  /**
   * @param {string} name
   * @param {string | null} [field]
   */
  doing(name, field = null) {
    const changed = this.#activity.name !== name || this.#activity.field !== field;
    this.#activity = { name, field };
    if (changed) {
      void this.report();
    }
  }

  /** @param {"typingReply" | "typingNote" | null} typing what is being typed; it lingers a while after the last key */
  typing(typing) {
    clearTimeout(this.#typingEnds);
    this.doing(typing ?? "viewing");
    if (typing) {
      this.#typingEnds = setTimeout(() => this.doing("viewing"), TYPING_LINGERS_MS);
    }
  }

  async report() {
    if (!this.#enabled || !this.#connection) {
      return;
    }
    const name = document.visibilityState === "hidden" ? "idle" : this.#activity.name;
    try {
      await this.#connection.invoke("ReportPresence", this.#ticketId, name, name === "editing" ? this.#activity.field : null);
    } catch (error) {
      console.debug("Presence not reported; the next heartbeat tries again.", error);
    }
  }
}
