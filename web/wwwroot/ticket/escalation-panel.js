// The incident's escalation: its policy and status, the level it reached, who each level paged and when, when the next
// level fires; and Acknowledge, which takes the incident and so stops the paging.
import { element, setText } from "../shell/dom.js";
import { call, ProblemError } from "../shell/api.js";
import { formatClockTime, formatCountdown } from "../shell/format.js";

export class EscalationPanel {
  #panel;
  #ticketId;
  #acknowledge;
  /** @type {any} the EscalationView, null while the incident has none */
  #escalation = null;
  #mayAcknowledge = false;
  /** @type {number | null} the next-level time after which the escalation was last read again */
  #readAfter = null;

  /**
   * @param {HTMLElement} panel holds [data-escalation-facts], [data-escalation-steps], [data-acknowledge] and [data-escalation-problem]
   * @param {string} ticketId
   * @param {import("./ticket-commands.js").TicketCommands} commands
   */
  constructor(panel, ticketId, commands) {
    this.#panel = panel;
    this.#ticketId = ticketId;
    this.#acknowledge = /** @type {HTMLButtonElement} */ (panel.querySelector("[data-acknowledge]"));
    this.#acknowledge.addEventListener("click", async () => {
      if (await commands.send("acknowledge", null, this.#part("[data-escalation-problem]"))) {
        await this.load();
      }
    });
  }

  /**
   * Reads the escalation again (the incident changed: a level paged, or someone acknowledged).
   * @param {boolean} [mayAcknowledge] whether this caller works the incident
   */
  async load(mayAcknowledge = this.#mayAcknowledge) {
    this.#mayAcknowledge = mayAcknowledge;
    try {
      this.#escalation = await call(`/api/incidents/${this.#ticketId}/escalation`);
    } catch (error) {
      if (!(error instanceof ProblemError && error.status === 404)) {
        throw error;
      }
      this.#escalation = null;
    }
    this.#show();
  }

  #show() {
    const escalation = this.#escalation;
    this.#panel.hidden = escalation === null;
    if (!escalation) {
      return;
    }
    this.#panel.dataset.status = escalation.status;
    const stopped = escalation.stoppedBy ? `${escalation.status} by ${escalation.stoppedBy} at ${formatClockTime(Date.parse(escalation.stoppedAt))}` : escalation.status;
    this.#part("[data-escalation-facts]").replaceChildren(...[
      ["Policy", escalation.policyId, "policy"],
      ["Status", stopped, "status"],
      ["Level", `${escalation.level + 1}${escalation.round > 0 ? ` (repeat ${escalation.round})` : ""}`, "level"],
      ["Next level", "", "next"],
    ].flatMap(([term, value, key]) => [element("dt", { text: term }), element("dd", { text: value, attributes: { "data-escalation": key } })]));
    this.#part("[data-escalation-steps]").replaceChildren(...escalation.steps.map((/** @type {any} */ step) =>
      element("li", { attributes: { "data-escalation-step": String(step.level + 1) } },
        element("time", { text: formatClockTime(Date.parse(step.at)), attributes: { datetime: step.at } }),
        element("span", { text: ` level ${step.level + 1} paged ${[...step.users, ...step.groups.map((/** @type {string} */ g) => `group ${g}`)].join(", ") || "nobody"}`
          + (step.unreachable.length > 0 ? ` · nobody on call for ${step.unreachable.join(", ")}` : "") }))));
    this.#acknowledge.hidden = !this.#mayAcknowledge || escalation.status !== "active";
    this.tick(Date.now());
  }

  /** @param {number} now server-corrected epoch milliseconds */
  tick(now) {
    const next = this.#panel.querySelector("[data-escalation=next]");
    if (!this.#escalation || !next) {
      return;
    }
    const at = this.#escalation.status === "active" && this.#escalation.nextAt ? Date.parse(this.#escalation.nextAt) : null;
    setText(next, at === null ? "none" : `${formatClockTime(at)} (in ${formatCountdown(at - now)})`);
    if (at !== null && now > at + 2_000 && this.#readAfter !== at) {
      // The next level should have fired: read what it paged, once for each level due.
      this.#readAfter = at;
      void this.load();
    }
  }

  /** @param {string} selector */
  #part(selector) {
    return /** @type {HTMLElement} */ (this.#panel.querySelector(selector));
  }
}
