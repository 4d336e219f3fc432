// What can be done to the selected change: move it along its workflow, vote, record an incident it caused, open the editor.
import { element, setText } from "../shell/dom.js";
import { findIncidents } from "../board/incident-lookup.js";
import { call } from "../shell/api.js";

const MOVE_LABELS = {
  assess: "Send to assessment",
  authorize: "Ask the CAB",
  scheduled: "Schedule",
  implement: "Start implementing",
  review: "Implementation done",
  closed: "Close",
  cancelled: "Cancel the change",
  new: "Back to new",
};

export class ChangeActions {
  #root;
  #onChanged;
  /** @type {any} the ChangeView shown */
  #change = null;
  #canVote;

  /**
   * @param {HTMLElement} root the [data-change-actions] element
   * @param {{ onChanged: (change: any) => void, onEdit: (change: any) => void }} handlers
   * @param {boolean} canVote whether the signed-in user sits on the CAB
   */
  constructor(root, handlers, canVote) {
    this.#root = root;
    this.#canVote = canVote;
    this.#onChanged = handlers.onChanged;
    for (const button of root.querySelectorAll("[data-vote]")) {
      button.addEventListener("click", () => void this.#vote(/** @type {HTMLElement} */ (button).dataset.vote ?? ""));
    }
    this.#part("[data-link-caused]").addEventListener("click", () => void this.#linkCaused());
    this.#part("[data-edit-change]").addEventListener("click", () => this.#change && handlers.onEdit(this.#change));
  }

  /** @param {any} change a ChangeView */
  show(change) {
    const changedRecord = this.#change?.id !== change.id;
    this.#change = change;
    this.#root.hidden = false;
    if (changedRecord) {
      for (const input of this.#root.querySelectorAll("input, select")) {
        /** @type {HTMLInputElement} */ (input).value = "";
      }
      setText(this.#part("[data-action-problem]"), "");
    }
    const moves = /** @type {string[]} */ (change.allowedTransitions);
    this.#part("[data-move-notes]").closest("label")?.toggleAttribute("hidden", moves.length === 0);
    this.#part("[data-outcome-field]").hidden = !moves.includes("review");
    this.#part("[data-override-field]").hidden = change.unresolvedConflicts.length === 0;
    this.#part("[data-votes]").hidden = !this.#canVote || change.status !== "authorize";
    this.#part("[data-change-moves]").replaceChildren(...moves.map((to) => {
      const button = element("button", { text: /** @type {Record<string, string>} */ (MOVE_LABELS)[to] ?? to, attributes: { type: "button", "data-change-move": to } });
      button.addEventListener("click", () => void this.#move(to));
      return button;
    }));
    const final = change.status === "closed" || change.status === "cancelled";
    this.#part("[data-edit-change]").hidden = final;
  }

  /** @param {string} to */
  async #move(to) {
    const value = (/** @type {string} */ selector) => /** @type {HTMLInputElement} */ (this.#part(selector)).value.trim() || null;
    await this.#send("transitions", { to, notes: value("[data-move-notes]"), outcome: to === "review" ? value("[data-outcome]") : null, overrideReason: value("[data-override-reason]") },
      ["[data-move-notes]", "[data-outcome]", "[data-override-reason]"]);
  }

  /** @param {string} vote */
  async #vote(vote) {
    await this.#send("votes", { vote, comment: /** @type {HTMLInputElement} */ (this.#part("[data-vote-comment]")).value.trim() || null }, ["[data-vote-comment]"]);
  }

  async #linkCaused() {
    const input = /** @type {HTMLInputElement} */ (this.#part("[data-caused-incident]"));
    try {
      for (const incident of await findIncidents(input.value)) {
        await this.#send("caused-incidents", { incidentId: incident.id }, ["[data-caused-incident]"]);
      }
    } catch (error) {
      setText(this.#part("[data-action-problem]"), /** @type {Error} */ (error).message);
    }
  }

  /**
   * @param {string} path under /api/changes/{id}/
   * @param {object} body
   * @param {string[]} used the inputs this action read, emptied once it is accepted
   */
  async #send(path, body, used) {
    if (!this.#change) {
      return;
    }
    setText(this.#part("[data-action-problem]"), "");
    try {
      const view = await call(`/api/changes/${this.#change.id}/${path}`, { method: "POST", headers: { "If-Match": `"${this.#change.version}"` }, body: JSON.stringify(body) });
      for (const selector of used) {
        /** @type {HTMLInputElement} */ (this.#part(selector)).value = "";
      }
      this.#onChanged(view);
    } catch (error) {
      setText(this.#part("[data-action-problem]"), /** @type {Error} */ (error).message);
    }
  }

  /** @param {string} selector */
  #part(selector) {
    return /** @type {HTMLElement} */ (this.#root.querySelector(selector));
  }
}
