import { element } from "../shell/dom.js";

/**
 * @typedef {{ name: string, label: string, type: "text" | "number" | "choice" | "yesNo" | "date", required: boolean, choices: string[] }} FormField
 * @typedef {{ id: string, name: string, description: string, category: string, fields: FormField[], approval: { kind: string } }} CatalogItem
 */

/**
 * Renders one catalogue item's form field as a labelled input.
 * @param {FormField} field
 * @returns {HTMLElement}
 */
export function renderField(field) {
  const name = `answer-${field.name}`;
  let input;
  if (field.type === "choice") {
    input = element("select", { attributes: { name } }, element("option", { text: "", attributes: { value: "" } }),
      ...field.choices.map((choice) => element("option", { text: choice, attributes: { value: choice } })));
  } else if (field.type === "yesNo") {
    input = element("select", { attributes: { name } }, ...["", "yes", "no"].map((v) => element("option", { text: v, attributes: { value: v } })));
  } else {
    input = element("input", { attributes: { name, type: field.type === "number" ? "number" : field.type === "date" ? "date" : "text" } });
  }
  if (field.required) {
    input.setAttribute("required", "");
  }
  return element("label", { className: "field", attributes: { "data-field": field.name } },
    element("span", { text: field.label + (field.required ? " *" : "") }), input,
    element("span", { className: "field-problem", attributes: { "data-field-problem": field.name } }));
}

/**
 * The answers typed into a rendered form, by field name; empty answers are left out.
 * @param {HTMLFormElement} form
 * @param {CatalogItem} item
 * @returns {Record<string, string>}
 */
export function readAnswers(form, item) {
  /** @type {Record<string, string>} */
  const answers = {};
  for (const field of item.fields) {
    const input = /** @type {HTMLInputElement | null} */ (form.elements.namedItem(`answer-${field.name}`));
    if (input && input.value.trim() !== "") {
      answers[field.name] = input.value.trim();
    }
  }
  return answers;
}
