// The questions on a catalogue item's form, edited as rows: name, label, type, whether it must be answered, and the
// choices of a choice field. Rows are numbered as the server numbers them (fields[2].label), so its word on a field
// shows in that row.
import { element } from "../shell/dom.js";
import { choice, labelled, textInput } from "./forms.js";
import { button } from "./tables.js";

/** @typedef {{ name: string, label: string, type: string, required: boolean, choices: string[] }} FormField */

const TYPES = /** @type {Array<[string, string]>} */ ([["text", "Text"], ["number", "Number"], ["choice", "Choice"], ["yesNo", "Yes or no"], ["date", "Date"]]);

export class CatalogueFields {
  constructor() {
    this.rows = element("div", { className: "catalogue-fields", attributes: { "data-catalogue-fields": "" } });
    const add = button("Add a field", { "data-add-field": "" });
    add.addEventListener("click", () => {
      this.set([...this.read(), { name: "", label: "", type: "text", required: false, choices: [] }]);
      /** @type {HTMLInputElement | null} */ (this.rows.querySelector("[data-form-field]:last-child input"))?.focus();
    });
    this.element = element("fieldset", { className: "admin-fieldset" }, element("legend", { text: "Form fields" }), this.rows, add,
      element("span", { className: "field-problem", attributes: { "data-field-problem": "fields" } }));
  }

  /** @param {FormField[]} fields */
  set(fields) {
    this.rows.replaceChildren(...fields.map((field, i) => this.#row(field, i)));
  }

  /** @returns {FormField[]} */
  read() {
    return [...this.rows.querySelectorAll("[data-form-field]")].map((row) => {
      /** @param {string} name */
      const control = (name) => /** @type {HTMLInputElement} */ (row.querySelector(`[data-part="${name}"]`));
      return {
        name: control("name").value.trim(),
        label: control("label").value.trim(),
        type: control("type").value,
        required: control("required").checked,
        choices: control("choices").value.split(",").map((c) => c.trim()).filter((c) => c !== ""),
      };
    });
  }

  /**
   * @param {FormField} field
   * @param {number} i
   */
  #row(field, i) {
    const key = `fields[${i}]`;
    /**
     * @param {string} part
     * @param {HTMLInputElement | HTMLSelectElement} control
     */
    const named = (part, control) => {
      control.setAttribute("data-part", part);
      control.setAttribute("name", `${key}.${part}`);
      return control;
    };
    const name = named("name", textInput("", { value: field.name, required: "", maxlength: "64", placeholder: "e.g. cost-centre" }));
    const label = named("label", textInput("", { value: field.label, required: "", maxlength: "200" }));
    const type = named("type", choice("", TYPES));
    type.value = field.type;
    const required = named("required", element("input", { attributes: { type: "checkbox" } }));
    /** @type {HTMLInputElement} */ (required).checked = field.required;
    const choices = named("choices", textInput("", { value: field.choices.join(", "), maxlength: "2000", placeholder: "for a choice: a, b, c" }));
    const remove = button("Remove field", { "data-remove-field": String(i), "aria-label": `Remove field ${i + 1}` });
    remove.addEventListener("click", () => this.set(this.read().filter((_, j) => j !== i)));
    return element("div", { className: "inline-form", attributes: { "data-form-field": String(i) } },
      labelled("Name", name), labelled("Label", label), labelled("Type", type), labelled("Required", required), labelled("Choices", choices), remove);
  }
}
