import { element } from "../shell/dom.js";

/**
 * @typedef {object} Column
 * @property {string} name the JSON field
 * @property {string} label
 * @property {"text" | "date" | "checkbox"} [type]
 * @property {"wide"} [width]
 */

/**
 * A list of records edited as rows of inputs inside a fieldset: its `[data-rows]` holds the rows, its `[data-add-row]`
 * button adds an empty one, and each row has a button that removes it. Inputs are named `<prefix>-<field>`, so that
 * they never share a name with the form's own fields.
 * @param {Element} fieldset
 * @param {string} prefix
 * @param {Column[]} columns
 */
export function rowEditor(fieldset, prefix, columns) {
  const rows = /** @type {HTMLElement} */ (fieldset.querySelector("[data-rows]"));
  const kind = fieldset.querySelector("legend")?.textContent ?? "Row";

  /** @param {Record<string, any>} [values] */
  function add(values = {}) {
    const index = rows.children.length + 1;
    const row = element("div", { className: "edit-row", attributes: { "data-row": "" } });
    for (const column of columns) {
      const input = element("input", {
        className: column.width === "wide" ? "wide" : "",
        attributes: { name: `${prefix}-${column.name}`, type: column.type ?? "text", "aria-label": `${kind} ${index}: ${column.label}` },
      });
      const control = /** @type {HTMLInputElement} */ (input);
      if (column.type === "checkbox") {
        control.checked = Boolean(values[column.name]);
      } else {
        control.value = values[column.name] ?? "";
        control.placeholder = column.label;
      }
      row.append(input);
    }
    const remove = element("button", { text: "Remove", attributes: { type: "button", "aria-label": `Remove ${kind.toLowerCase()} ${index}` } });
    remove.addEventListener("click", () => row.remove());
    row.append(remove);
    rows.append(row);
  }

  fieldset.querySelector("[data-add-row]")?.addEventListener("click", () => add());

  return {
    /** @param {Record<string, any>[]} values */
    show(values) {
      rows.replaceChildren();
      values.forEach((v) => add(v));
    },
    /** @returns {Record<string, any>[]} the rows with anything typed in them */
    rows() {
      return [...rows.querySelectorAll("[data-row]")].map((row) => Object.fromEntries(columns.map((column) => {
        const input = /** @type {HTMLInputElement} */ (row.querySelector(`[name="${prefix}-${column.name}"]`));
        return [column.name, column.type === "checkbox" ? input.checked : input.value.trim()];
      }))).filter((values) => columns.some((column) => column.type !== "checkbox" && values[column.name]));
    },
  };
}
