// The form that creates a catalogue item or changes one: what it is, the form people fill in, who approves it and the
// tasks that fulfil it.
import { call, idempotencyKey, ProblemError } from "../shell/api.js";
import { element, setText } from "../shell/dom.js";
import { choice, formProblem, labelled, onSubmit, setValue, textInput, valueOf } from "./forms.js";
import { groupNames, offer, pick } from "./choices.js";
import { CatalogueFields } from "./catalogue-fields.js";

/**
 * @typedef {object} CatalogItem
 * @property {string} id
 * @property {string} name
 * @property {string} description
 * @property {string} category
 * @property {import("./catalogue-fields.js").FormField[]} fields
 * @property {{ kind: string, approvers: string[], required: number }} approval
 * @property {string[]} tasks
 * @property {string} fulfilmentGroup
 * @property {number} version
 */

const APPROVALS = /** @type {Array<[string, string]>} */ ([["none", "None"], ["manager", "The requester's manager"], ["named", "Every named approver"], ["nOfM", "N of the named approvers"]]);

/** @param {string | null} text */
const list = (text, separator = ",") => (text ?? "").split(separator).map((part) => part.trim()).filter((part) => part !== "");

export class CatalogueEditor {
  /** @type {CatalogItem | null} */
  #editing = null;

  /** @param {(item: CatalogItem) => Promise<void>} saved called with the stored item after each save */
  constructor(saved) {
    this.heading = element("h3", { text: "Create a catalogue item", attributes: { id: "catalogue-form-heading" } });
    this.fulfilmentGroup = choice("fulfilmentGroup", []);
    this.fields = new CatalogueFields();
    this.form = element("form", { className: "admin-form", attributes: { "data-catalogue-form": "", "aria-labelledby": "catalogue-form-heading" } },
      this.heading,
      element("div", { className: "admin-form-grid" },
        labelled("Id", textInput("id", { required: "", maxlength: "64", placeholder: "e.g. new-laptop" })),
        labelled("Name", textInput("name", { required: "", maxlength: "200" })),
        labelled("Category", textInput("category", { maxlength: "200" })),
        labelled("Fulfilment group", this.fulfilmentGroup),
        labelled("Approval", choice("approval.kind", APPROVALS)),
        labelled("Approvers (comma-separated user names)", textInput("approval.approvers", { maxlength: "2000" })),
        labelled("Approvals needed (N of M)", textInput("approval.required", { type: "number", min: "0", max: "20", value: "0" }))),
      labelled("Description", element("textarea", { attributes: { name: "description", rows: "2", maxlength: "4000" } })),
      this.fields.element,
      labelled("Fulfilment tasks, one a line", element("textarea", { attributes: { name: "tasks", rows: "3", maxlength: "4000" } })),
      element("div", { className: "form-actions" }, element("button", { text: "Save catalogue item", attributes: { type: "submit" } })),
      formProblem());
    onSubmit(this.form, async () => saved(await this.#save()));
  }

  async loadChoices() {
    offer(this.fulfilmentGroup, (await groupNames()).map((g) => /** @type {[string, string]} */ ([g, g])));
  }

  startNew() {
    this.#editing = null;
    this.form.reset();
    this.form.dataset.editing = "";
    this.fields.set([]);
    setText(this.heading, "Create a catalogue item");
    this.#idInput().readOnly = false;
  }

  /** @param {CatalogItem} item */
  edit(item) {
    this.#editing = item;
    this.form.dataset.editing = item.id;
    setText(this.heading, `Change ${item.name}`);
    this.#idInput().readOnly = true;
    for (const [name, value] of Object.entries({
      id: item.id, name: item.name, category: item.category, description: item.description, tasks: item.tasks.join("\n"),
      "approval.kind": item.approval.kind, "approval.approvers": item.approval.approvers.join(", "), "approval.required": item.approval.required,
    })) {
      setValue(this.form, name, value);
    }
    pick(this.fulfilmentGroup, item.fulfilmentGroup);
    this.fields.set(item.fields);
  }

  #idInput() {
    return /** @type {HTMLInputElement} */ (this.form.elements.namedItem("id"));
  }

  /** @returns {Promise<CatalogItem>} */
  async #save() {
    const id = this.#editing?.id ?? valueOf(this.form, "id") ?? "";
    try {
      return await call(`/api/catalog/${encodeURIComponent(id)}`, { method: "PUT", headers: { "Idempotency-Key": idempotencyKey() }, body: JSON.stringify(this.#read()) });
    } catch (error) {
      if (!this.#editing && error instanceof ProblemError && error.status === 409) {
        throw new ProblemError(error.message, { id: [`There is already an item '${id}'; change it from the list.`] }, 409);
      }
      throw error;
    }
  }

  #read() {
    return {
      name: valueOf(this.form, "name"),
      category: valueOf(this.form, "category"),
      description: valueOf(this.form, "description"),
      fulfilmentGroup: valueOf(this.form, "fulfilmentGroup"),
      fields: this.fields.read(),
      approval: { kind: valueOf(this.form, "approval.kind"), approvers: list(valueOf(this.form, "approval.approvers")), required: Number(valueOf(this.form, "approval.required") ?? 0) },
      tasks: list(valueOf(this.form, "tasks"), "\n"),
      // A new item is created at version 0, so an id already taken is refused instead of replaced.
      version: this.#editing?.version ?? 0,
    };
  }
}
