// One part of the change catalogue, templates or freezes: its list, and the form that defines, edits or deletes one item.
import { ProblemError } from "../shell/api.js";
import { element, setText } from "../shell/dom.js";
import { clearFieldProblems, showFieldProblems } from "../shell/field-problems.js";

/**
 * @typedef {object} ItemFields how a part's form shows and reads one item
 * @property {string} noun what one item is called, e.g. "template"
 * @property {(item: any) => string} describe the item's line in the list
 * @property {(form: HTMLFormElement, item: any | null) => void} fill shows the item, or the blanks of a new one
 * @property {(form: HTMLFormElement) => object} read the request body; the id travels in the address
 *
 * @typedef {object} CatalogKeeper
 * @property {(method: "PUT" | "DELETE", path: string, body?: object) => Promise<void>} send
 *   sends an edit of the catalogue guarded by the version it last saw
 */

/**
 * @param {HTMLFormElement} form
 * @param {string} name
 */
export function control(form, name) {
  return /** @type {HTMLInputElement} */ (form.elements.namedItem(name));
}

/** @param {string} name */
function idFrom(name) {
  return name.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 100);
}

export class CatalogPart {
  #path;
  #fields;
  #keeper;
  #list;
  #form;
  #problem;
  #newButton;
  /** @type {any[]} */
  #items = [];
  /** @type {string | null} the id of the item being edited; null while defining a new one */
  #editing = null;
  /** Whether the id was typed by hand; until then it follows the name. */
  #idTyped = false;

  /**
   * @param {HTMLElement} root the part's `[data-catalog-part]` section
   * @param {string} path where its items live, e.g. /api/change-catalog/templates
   * @param {ItemFields} fields
   * @param {CatalogKeeper} keeper
   */
  constructor(root, path, fields, keeper) {
    this.#path = path;
    this.#fields = fields;
    this.#keeper = keeper;
    this.#list = /** @type {HTMLElement} */ (root.querySelector("[data-items]"));
    this.#form = /** @type {HTMLFormElement} */ (root.querySelector("[data-item-form]"));
    this.#problem = /** @type {HTMLElement} */ (this.#form.querySelector("[data-form-problem]"));
    this.#newButton = /** @type {HTMLButtonElement} */ (root.querySelector("[data-new-item]"));
    this.#newButton.addEventListener("click", () => this.#open(null));
    this.#form.addEventListener("submit", (event) => {
      event.preventDefault();
      void this.#save();
    });
    this.#form.querySelector("[data-delete-item]")?.addEventListener("click", () => void this.#delete());
    this.#form.querySelector("[data-cancel-item]")?.addEventListener("click", () => this.close());
    control(this.#form, "id").addEventListener("input", () => (this.#idTyped = true));
    control(this.#form, "name").addEventListener("input", () => {
      if (this.#editing === null && !this.#idTyped) {
        control(this.#form, "id").value = idFrom(control(this.#form, "name").value);
      }
    });
  }

  /** @param {any[]} items the part's items as the catalogue holds them now */
  show(items) {
    this.#items = items;
    this.#list.replaceChildren(...(items.length === 0
      ? [element("li", { className: "muted", text: `No ${this.#fields.noun}s yet.` })]
      : items.map((item) => {
        const edit = element("button", { text: "Edit", attributes: { type: "button", "aria-label": `Edit ${item.name}`, "data-edit-item": item.id } });
        edit.addEventListener("click", () => this.#open(item));
        return element("li", { attributes: { "data-item": item.id } }, element("span", { text: this.#fields.describe(item) }), edit);
      })));
  }

  close() {
    this.#form.hidden = true;
  }

  /** @param {any | null} item */
  #open(item) {
    this.#editing = item?.id ?? null;
    this.#idTyped = false;
    this.#fields.fill(this.#form, item);
    clearFieldProblems(this.#form, this.#problem);
    setText(/** @type {HTMLElement} */ (this.#form.querySelector("[data-form-heading]")), item ? `Edit ${item.name}` : `New ${this.#fields.noun}`);
    control(this.#form, "id").readOnly = item !== null;
    /** @type {HTMLElement} */ (this.#form.querySelector("[data-delete-item]")).hidden = item === null;
    this.#form.hidden = false;
    control(this.#form, "name").focus();
  }

  async #save() {
    const id = this.#editing ?? control(this.#form, "id").value.trim();
    const taken = this.#editing === null && this.#items.some((item) => item.id === id);
    if (id === "" || taken) {
      const problem = taken ? `There is already a ${this.#fields.noun} '${id}'; edit it, or choose another id.` : `A ${this.#fields.noun} needs an id.`;
      showFieldProblems(this.#form, this.#problem, new ProblemError("Check the id.", { id: [problem] }));
      return;
    }
    await this.#send("PUT", id, this.#fields.read(this.#form));
  }

  async #delete() {
    if (this.#editing !== null) {
      await this.#send("DELETE", this.#editing);
    }
  }

  /**
   * @param {"PUT" | "DELETE"} method
   * @param {string} id
   * @param {object} [body]
   */
  async #send(method, id, body) {
    clearFieldProblems(this.#form, this.#problem);
    try {
      await this.#keeper.send(method, `${this.#path}/${encodeURIComponent(id)}`, body);
      this.close();
      this.#newButton.focus();
    } catch (error) {
      showFieldProblems(this.#form, this.#problem, error);
    }
  }
}
