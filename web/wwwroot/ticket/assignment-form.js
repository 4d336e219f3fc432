// Assigning the ticket to a group and a person chosen from the groups that exist and the people in the chosen group.
import { element } from "../shell/dom.js";
import { call } from "../shell/api.js";

/** @typedef {{ id: string, name: string, members: { userName: string, displayName: string }[] }} GroupListing */

export class AssignmentForm {
  #form;
  #group;
  #person;
  /** @type {GroupListing[]} */
  #groups = [];
  /** @type {any} the incident last shown */
  #shown = null;
  /** Whether the agent changed a choice that the ticket changing must not overwrite. */
  #touched = false;

  /**
   * @param {HTMLFormElement} form holds the group and person selects and [data-assign-problem]
   * @param {import("./ticket-commands.js").TicketCommands} commands
   */
  constructor(form, commands) {
    this.#form = form;
    this.#group = /** @type {HTMLSelectElement} */ (form.elements.namedItem("assignmentGroup"));
    this.#person = /** @type {HTMLSelectElement} */ (form.elements.namedItem("assignee"));
    this.#group.addEventListener("change", () => {
      this.#touched = true;
      this.#offerPeople("");
    });
    this.#person.addEventListener("change", () => { this.#touched = true; });
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      // An empty person clears the assignee: the ticket waits in the group for someone to take it.
      const body = { assignmentGroup: this.#group.value, assignee: this.#person.value };
      void commands.send("assignment", body, /** @type {HTMLElement} */ (form.querySelector("[data-assign-problem]")))
        .then((taken) => { this.#touched = !taken; });
    });
  }

  /**
   * Reads the groups once; the people of a group come with it.
   * @returns {Promise<GroupListing[]>}
   */
  async load() {
    this.#groups = await call("/api/groups");
    this.#group.replaceChildren(element("option", { text: "Choose a group…", attributes: { value: "" } }),
      ...this.#groups.map((group) => element("option", { text: group.name, attributes: { value: group.name } })));
    if (this.#shown) {
      this.show(this.#shown);
    }
    return this.#groups;
  }

  /**
   * Shows the ticket's group and assignee as chosen, unless the agent is choosing.
   * @param {any} incident
   */
  show(incident) {
    this.#shown = incident;
    if (this.#touched) {
      return;
    }
    this.#group.value = this.#groupNamed(incident.assignmentGroup)?.name ?? "";
    this.#offerPeople(incident.assignee ?? "");
  }

  /** @param {string} chosen */
  #offerPeople(chosen) {
    const members = this.#groupNamed(this.#group.value)?.members ?? [];
    const people = chosen && !members.some((m) => m.userName.toLowerCase() === chosen.toLowerCase())
      ? [{ userName: chosen, displayName: chosen }, ...members] : members;
    this.#person.replaceChildren(element("option", { text: "Nobody yet (the group takes it)", attributes: { value: "" } }),
      ...people.map((person) => element("option", {
        text: person.displayName && person.displayName !== person.userName ? `${person.displayName} (${person.userName})` : person.userName,
        attributes: { value: person.userName },
      })));
    this.#person.value = chosen;
  }

  /** @param {string | null} name */
  #groupNamed(name) {
    return name ? this.#groups.find((group) => group.name.toLowerCase() === name.toLowerCase()) : undefined;
  }
}
