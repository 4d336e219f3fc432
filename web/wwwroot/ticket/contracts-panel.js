// The vendor contracts behind the incident's service, with what the vendor owes: when to escalate to a supplier and
// what to hold them to. Read again when the incident moves to another service.
import { element, setText } from "../shell/dom.js";
import { call } from "../shell/api.js";
import { parseTimeSpan } from "../shell/timespan.js";
import { formatCountdown } from "../shell/format.js";

export class ContractsPanel {
  #panel;
  #list;
  #ticketId;
  /** @type {string | null | undefined} the service the list was read for */
  #service;

  /**
   * @param {HTMLElement} panel holds [data-contracts]
   * @param {string} ticketId
   */
  constructor(panel, ticketId) {
    this.#panel = panel;
    this.#list = /** @type {HTMLElement} */ (panel.querySelector("[data-contracts]"));
    this.#ticketId = ticketId;
  }

  /** @param {{ serviceId: string | null }} incident */
  async show(incident) {
    if (incident.serviceId === this.#service) {
      return;
    }
    this.#service = incident.serviceId;
    /** @type {any[]} */
    const contracts = incident.serviceId ? await call(`/api/incidents/${this.#ticketId}/underpinning-contracts`) : [];
    this.#panel.hidden = false;
    if (contracts.length === 0) {
      this.#list.replaceChildren(element("p", { className: "muted", text: incident.serviceId ? "No vendor contract covers its service." : "It names no service." }));
      return;
    }
    this.#list.replaceChildren(...contracts.map((contract) => element("dl", { className: "facts", attributes: { "data-contract": contract.id } },
      element("dt", { text: "Vendor" }), element("dd", { text: `${contract.vendor}: ${contract.name} (${contract.status})` }),
      element("dt", { text: "Response" }), element("dd", { text: target(contract.responseTarget) }),
      element("dt", { text: "Resolution" }), element("dd", { text: target(contract.resolutionTarget) }),
      element("dt", { text: "Terms" }), element("dd", { text: contract.supportTerms ?? "—" }))));
  }

  /** @param {unknown} error */
  fail(error) {
    setText(this.#list, /** @type {Error} */ (error).message);
  }
}

/** @param {string | null} value a TimeSpan as the API writes it */
function target(value) {
  const ms = parseTimeSpan(value);
  return Number.isNaN(ms) ? "none agreed" : `within ${formatCountdown(ms)}`;
}
