import { element } from "./dom.js";

/**
 * @typedef {object} Column
 * @property {string} name the JSON field
 * @property {string} label
 * @property {"text" | "date" | "checkbox" | "select"} [type]
 * @property {"wide"} [width]
 * @property {{ value: string, label: string }[]} [options] the choices of a select
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
      const name = `${prefix}-${column.name}`;
      const label = `${kind} ${index}: ${column.label}`;
      if (column.type === "select") {
        const select = /** @type {HTMLSelectElement} */ (element("select", { attributes: { name, "aria-label": label } },
          ...(column.options ?? []).map((o) => element("option", { text: o.label, attributes: { value: o.value } }))));
        select.value = values[column.name] ?? column.options?.[0]?.value ?? "";
        row.append(select);
        continue;
      }
      const input = element("input", {
        className: column.width === "wide" ? "wide" : "",
        attributes: { name, type: column.type ?? "text", "aria-label": label },
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
      }))).filter((values) => columns.some((column) => column.type !== "checkbox" && column.type !== "select" && values[column.name]));
    },
  };
}
