// Form parts the console's sections share: labelled fields that each show the server's problem with them in place,
// and the one way a section reports a refused request (the message at the form, each field's problem at its field).
import { element, setText } from "../shell/dom.js";
import { ProblemError } from "../shell/api.js";

let fieldCount = 0;

/**
 * A labelled control with a place for the server's problem with it.
 * @param {string} label
 * @param {HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement} control carries the name the server's field errors use
 * @param {string} [hint]
 */
export function field(label, control, hint) {
  control.id ||= `admin-field-${++fieldCount}`;
  const problem = element("p", { className: "field-problem", attributes: { "data-field-problem": control.name, id: `${control.id}-problem` } });
  control.setAttribute("aria-describedby", problem.id);
  return element("div", { className: "field" },
    element("label", { text: label, attributes: { for: control.id } }),
    control,
    ...(hint ? [element("span", { className: "muted", text: hint })] : []),
    problem);
}

/**
 * @param {string} name
 * @param {Record<string, string>} [attributes]
 */
export function input(name, attributes = {}) {
  return element("input", { attributes: { name, ...attributes } });
}

/**
 * Checkboxes in a fieldset, one per value, all of one name.
 * @param {string} legend
 * @param {string} name
 * @param {string[]} values
 */
export function checkboxes(legend, name, values) {
  const problem = element("p", { className: "field-problem", attributes: { "data-field-problem": name } });
  return element("fieldset", { className: "field admin-choices" },
    element("legend", { text: legend }),
    ...values.map((value) => element("label", {},
      element("input", { attributes: { type: "checkbox", name, value } }),
      document.createTextNode(` ${value}`))),
    problem);
}

/**
 * A form's general problem line, shown above its actions.
 */
export function formProblem() {
  return element("p", { className: "problem", attributes: { role: "alert", "data-form-problem": "" } });
}

/**
 * Clears what a form showed of an earlier refusal.
 * @param {HTMLElement} form
 */
export function clearProblems(form) {
  for (const node of form.querySelectorAll("[data-field-problem], [data-form-problem]")) {
    setText(node, "");
  }
}

/**
 * Shows a refusal: each field's problem at the field of that name (the whole message when no field takes it).
 * @param {HTMLElement} form
 * @param {unknown} error
 */
export function showProblem(form, error) {
  clearProblems(form);
  const general = form.querySelector("[data-form-problem]");
  const message = error instanceof Error ? error.message : String(error);
  const unplaced = [];
  const errors = error instanceof ProblemError ? error.errors : {};
  for (const [name, problems] of Object.entries(errors)) {
    const place = fieldProblem(form, name);
    if (place) {
      setText(place, problems.join(" "));
    } else {
      unplaced.push(...problems);
    }
  }
  if (general) {
    setText(general, unplaced.length > 0 ? unplaced.join(" ") : message);
  }
}

/**
 * The problem line of a field, matching the server's name in any letter case; "layers[0].users[1]" falls back to
 * "layers[0].users" and so on up, so a problem with one part of a list shows at the list.
 * @param {HTMLElement} form
 * @param {string} name
 */
function fieldProblem(form, name) {
  const places = [...form.querySelectorAll("[data-field-problem]")].map((node) => /** @type {HTMLElement} */ (node));
  for (let candidate = name.toLowerCase(); candidate; candidate = enclosing(candidate)) {
    const place = places.find((node) => (node.dataset.fieldProblem ?? "").toLowerCase() === candidate);
    if (place) {
      return place;
    }
  }
  return undefined;
}

/**
 * The field a part of a list belongs to: "layers[0].users" for "layers[0].users[1]"; "" at the top.
 * @param {string} name
 */
function enclosing(name) {
  const shorter = name.replace(/(\.[^.[\]]+|\[\d+\])$/, "");
  return shorter === name ? "" : shorter;
}

/**
 * The trimmed text of a form's field.
 * @param {HTMLFormElement} form
 * @param {string} name
 */
export function text(form, name) {
  return String(new FormData(form).get(name) ?? "").trim();
}

/**
 * A comma-separated field as a list, blanks dropped.
 * @param {HTMLFormElement} form
 * @param {string} name
 */
export function list(form, name) {
  return text(form, name).split(",").map((part) => part.trim()).filter((part) => part !== "");
}

/**
 * Runs a form's action on submit, showing its refusal in place.
 * @param {HTMLFormElement} form
 * @param {() => Promise<unknown>} action
 */
export function onSubmit(form, action) {
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearProblems(form);
    action().catch((/** @type {unknown} */ error) => showProblem(form, error));
  });
}

/**
 * The values of a form's ticked checkboxes of one name.
 * @param {HTMLFormElement} form
 * @param {string} name
 */
export function chosen(form, name) {
  return new FormData(form).getAll(name).map(String);
}
