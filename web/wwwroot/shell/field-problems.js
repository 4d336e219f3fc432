// A refused form shows each problem next to the field it names; what no field of the form can show goes to the form's
// general problem line, together with the problem's message.
import { ProblemError } from "./api.js";
import { setText } from "./dom.js";

/**
 * Empties the form's problem places and marks its controls valid again.
 * @param {HTMLElement} form
 * @param {HTMLElement} general the form's general problem line
 */
export function clearFieldProblems(form, general) {
  for (const place of form.querySelectorAll("[data-field-problem]")) {
    setText(place, "");
  }
  for (const control of form.querySelectorAll("[aria-invalid]")) {
    control.removeAttribute("aria-invalid");
  }
  setText(general, "");
}

/**
 * @param {HTMLElement} form whose places are `[data-field-problem="<field>"]`, beside the control named `<field>`
 * @param {HTMLElement} general
 * @param {unknown} error what the call threw
 */
export function showFieldProblems(form, general, error) {
  clearFieldProblems(form, general);
  /** @type {string[]} */
  const unplaced = [];
  const errors = error instanceof ProblemError ? error.errors : {};
  for (const [field, messages] of Object.entries(errors)) {
    const place = form.querySelector(`[data-field-problem="${CSS.escape(field)}"]`);
    if (place) {
      setText(place, messages.join(" "));
      form.querySelector(`[name="${CSS.escape(field)}"]`)?.setAttribute("aria-invalid", "true");
    } else {
      unplaced.push(`${field}: ${messages.join(" ")}`);
    }
  }
  setText(general, [/** @type {Error} */ (error).message, ...unplaced].join(" · "));
}
