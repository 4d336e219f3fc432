// The workflow moves open to this caller, as buttons; a move that needs more (a hold reason, a resolution, a reason)
// opens a short form first. A refusal shows the server's reason beside the buttons.
import { element, setText } from "../shell/dom.js";
import { moveTo } from "./moves.js";

export class WorkflowActions {
  #buttons;
  #form;
  #problem;
  #commands;
  /** @type {string | null} the move whose form is open */
  #open = null;

  /**
   * @param {HTMLElement} panel holds [data-moves], [data-move-form] and [data-move-problem]
   * @param {import("./ticket-commands.js").TicketCommands} commands
   */
  constructor(panel, commands) {
    this.#buttons = /** @type {HTMLElement} */ (panel.querySelector("[data-moves]"));
    this.#form = /** @type {HTMLFormElement} */ (panel.querySelector("[data-move-form]"));
    this.#problem = /** @type {HTMLElement} */ (panel.querySelector("[data-move-problem]"));
    this.#commands = commands;
    this.#form.addEventListener("submit", (event) => {
      event.preventDefault();
      const to = this.#open;
      if (to) {
        const body = Object.fromEntries([...new FormData(this.#form)].filter(([, value]) => value !== ""));
        void this.#send({ to, ...body });
      }
    });
  }

  /**
   * Shows the moves the incident's workflow allows now.
   * @param {any} incident
   */
  show(incident) {
    const moves = /** @type {string[]} */ (incident.allowedTransitions).map((to) => moveTo(incident.status, to)).filter((move) => move !== null);
    this.#buttons.replaceChildren(...moves.map((move) => {
      const button = element("button", { text: move.label, attributes: { type: "button", "data-move": move.to } });
      button.addEventListener("click", () => move.inputs.length === 0 ? void this.#send({ to: move.to }) : this.#ask(move));
      return button;
    }));
    if (this.#open && !moves.some((move) => move.to === this.#open)) {
      this.#close();
    }
  }

  /** @param {import("./moves.js").Move} move */
  #ask(move) {
    this.#open = move.to;
    this.#form.dataset.moveForm = move.to;
    const back = element("button", { text: "Back", attributes: { type: "button" } });
    back.addEventListener("click", () => this.#close());
    this.#form.replaceChildren(...move.inputs.map((input) => {
      const control = input.choices
        ? element("select", { attributes: { name: input.name } }, element("option", { text: "Choose…", attributes: { value: "" } }),
          ...input.choices.map(([value, text]) => element("option", { text, attributes: { value } })))
        : element("textarea", { attributes: { name: input.name, rows: "2", maxlength: "2000" } });
      control.required = input.required ?? false;
      return element("label", { className: "field" }, element("span", { text: input.label }), control);
    }), element("div", { className: "form-actions" }, element("button", { text: move.label, attributes: { type: "submit", "data-confirm-move": move.to } }), back));
    this.#form.hidden = false;
    /** @type {HTMLElement | null} */ (this.#form.querySelector("select, textarea"))?.focus();
  }

  #close() {
    this.#open = null;
    this.#form.hidden = true;
    this.#form.replaceChildren();
  }

  /** @param {{ to: string }} body */
  async #send(body) {
    if (await this.#commands.send("transitions", body, this.#problem)) {
      this.#close();
    }
  }
}
