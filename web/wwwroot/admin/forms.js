// The console's forms: labelled controls, each with a place under it for the server's word on that field, and a
// submission that shows a refusal in place (field errors next to their fields, the rest above the buttons).
import { element, setText } from "../shell/dom.js";
import { ProblemError } from "../shell/api.js";

/**
 * A labelled control with the place for its problem; the server names the field `problemKey` (the control's name when left out).
 * @param {string} label
 * @param {HTMLElement} control
 * @param {string} [problemKey]
 */
export function labelled(label, control, problemKey) {
  return element("label", { className: "field" },
    element("span", { text: label }),
    control,
    element("span", { className: "field-problem", attributes: { "data-field-problem": problemKey ?? control.getAttribute("name") ?? "" } }));
}

/**
 * @param {string} name
 * @param {Record<string, string>} [attributes]
 */
export function textInput(name, attributes = {}) {
  return element("input", { attributes: { name, autocomplete: "off", ...attributes } });
}

/**
 * @param {string} name
 * @param {Array<[value: string, text: string]>} options
 */
export function choice(name, options) {
  return element("select", { attributes: { name } }, ...options.map(([value, text]) => element("option", { text, attributes: { value } })));
}

/** Where a form says what went wrong that belongs to no single field. */
export function formProblem() {
  return element("p", { className: "problem", attributes: { role: "alert", "data-form-problem": "" } });
}

/** @param {HTMLElement} form */
export function clearProblems(form) {
  for (const node of form.querySelectorAll("[data-field-problem], [data-form-problem]")) {
    setText(node, "");
  }
}

/**
 * Shows a failure in a form: each field error beside its field, and the rest (or the message) in its form problem.
 * @param {HTMLElement} form
 * @param {unknown} error
 */
export function showProblems(form, error) {
  clearProblems(form);
  /** @type {string[]} */
  const unplaced = [];
  let placed = false;
  if (error instanceof ProblemError) {
    for (const [key, messages] of Object.entries(error.errors)) {
      const node = form.querySelector(`[data-field-problem="${CSS.escape(key)}"]`);
      if (node) {
        setText(node, messages.join(" "));
        placed = true;
      } else {
        unplaced.push(...messages);
      }
    }
  }
  const general = form.querySelector("[data-form-problem]");
  if (general) {
    const message = error instanceof Error ? error.message : String(error);
    setText(general, unplaced.length > 0 ? unplaced.join(" ") : placed ? "Not saved: see the fields marked." : message);
  }
}

/**
 * Sends a form through `action` on submit: problems cleared first, the submit button held while it runs, a refusal shown in place.
 * @param {HTMLFormElement} form
 * @param {() => Promise<void>} action
 */
export function onSubmit(form, action) {
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const button = /** @type {HTMLButtonElement | null} */ (form.querySelector("button[type=submit]"));
    clearProblems(form);
    if (button) {
      button.disabled = true;
    }
    try {
      await action();
    } catch (error) {
      showProblems(form, error);
    } finally {
      if (button) {
        button.disabled = false;
      }
    }
  });
}

/**
 * A form control's value, trimmed; empty as null.
 * @param {HTMLFormElement} form
 * @param {string} name
 */
export function valueOf(form, name) {
  const control = /** @type {HTMLInputElement | null} */ (form.elements.namedItem(name));
  const value = control?.value.trim() ?? "";
  return value === "" ? null : value;
}

/**
 * Sets a form control's value.
 * @param {HTMLFormElement} form
 * @param {string} name
 * @param {string | number | null | undefined} value
 */
export function setValue(form, name, value) {
  const control = /** @type {HTMLInputElement | null} */ (form.elements.namedItem(name));
  if (control) {
    control.value = value === null || value === undefined ? "" : String(value);
  }
}
