// Declaring a major incident from the ticket: a commander chosen from the people the desk knows (or typed), an update
// cadence; then the way into the major-incident console for it.
import { element, setText } from "../shell/dom.js";
import { call, idempotencyKey } from "../shell/api.js";

export class MajorDeclaration {
  #panel;
  #form;
  #ticketId;
  #commands;
  #mayDeclare;
  #idempotencyKey = idempotencyKey();
  /** Whether the person edited the title; until then it follows the ticket's. */
  #titleTouched = false;

  /**
   * @param {HTMLElement} panel holds the [data-major-form], [data-major-link] and [data-major-problem]
   * @param {string} ticketId
   * @param {import("./ticket-commands.js").TicketCommands} commands
   * @param {boolean} mayDeclare whether this caller runs major incidents
   */
  constructor(panel, ticketId, commands, mayDeclare) {
    this.#panel = panel;
    this.#form = /** @type {HTMLFormElement} */ (panel.querySelector("[data-major-form]"));
    this.#ticketId = ticketId;
    this.#commands = commands;
    this.#mayDeclare = mayDeclare;
    this.#input("title").addEventListener("input", () => { this.#titleTouched = true; });
    this.#form.addEventListener("submit", (event) => {
      event.preventDefault();
      void this.#declare();
    });
  }

  /**
   * Offers the people to choose a commander from.
   * @param {string[]} people
   */
  offerCommanders(people) {
    const list = /** @type {HTMLDataListElement} */ (this.#panel.querySelector("[data-commanders]"));
    list.replaceChildren(...[...new Set(people)].sort().map((name) => element("option", { attributes: { value: name } })));
  }

  /** @param {any} incident */
  show(incident) {
    const major = incident.majorIncident;
    const finished = incident.status === "closed" || incident.status === "cancelled";
    this.#form.hidden = !this.#mayDeclare || major !== null || finished;
    const link = /** @type {HTMLAnchorElement} */ (this.#panel.querySelector("[data-major-link]"));
    link.hidden = !major;
    if (major) {
      link.href = `/major.html?id=${encodeURIComponent(major.id)}`;
      setText(link, `Open the major-incident console for ${major.number}`);
    }
    this.#panel.hidden = link.hidden && this.#form.hidden;
    if (!this.#titleTouched) {
      this.#input("title").value = incident.title;
    }
    // Promoting anything but a P1 needs a reason.
    const override = /** @type {HTMLElement} */ (this.#panel.querySelector("[data-override]"));
    override.hidden = incident.priority === "P1";
    setText(/** @type {HTMLElement} */ (override.querySelector("span")), `Why a ${incident.priority} is a major incident`);
  }

  async #declare() {
    const problem = /** @type {HTMLElement} */ (this.#panel.querySelector("[data-major-problem]"));
    setText(problem, "");
    const minutes = Number(this.#input("minutes").value);
    const cadence = `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}:00`;
    try {
      await call("/api/major-incidents", {
        method: "POST",
        headers: { "Idempotency-Key": this.#idempotencyKey },
        body: JSON.stringify({
          title: this.#input("title").value,
          primaryIncidentId: this.#ticketId,
          commander: this.#input("commander").value,
          updateCadence: cadence,
          overrideReason: this.#input("overrideReason").value || null,
        }),
      });
      this.#idempotencyKey = idempotencyKey();
      await this.#commands.reload();
    } catch (error) {
      setText(problem, /** @type {Error} */ (error).message);
    }
  }

  /** @param {string} name */
  #input(name) {
    return /** @type {HTMLInputElement} */ (this.#form.elements.namedItem(name));
  }
}
