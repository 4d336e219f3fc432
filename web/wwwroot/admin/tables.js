// The console's lists: a table with column headings and a body the section fills.
import { element } from "../shell/dom.js";

/**
 * @param {string} caption what the table lists (read by screen readers)
 * @param {string[]} headings
 * @param {Record<string, string>} [attributes] on the table
 * @returns {{ table: HTMLTableElement, body: HTMLTableSectionElement }}
 */
export function listTable(caption, headings, attributes = {}) {
  const body = element("tbody");
  const table = element("table", { className: "admin-table", attributes },
    element("caption", { className: "visually-hidden", text: caption }),
    element("thead", {}, element("tr", {}, ...headings.map((text) => element("th", { text, attributes: { scope: "col" } })))),
    body);
  return { table, body };
}

/**
 * A row of text cells followed by a cell of actions.
 * @param {Record<string, string>} attributes
 * @param {string[]} cells
 * @param {...HTMLElement} actions
 */
export function row(attributes, cells, ...actions) {
  return element("tr", { attributes },
    ...cells.map((text) => element("td", { text })),
    ...(actions.length > 0 ? [element("td", { className: "admin-actions" }, ...actions)] : []));
}

/**
 * @param {string} text
 * @param {Record<string, string>} [attributes]
 */
export function button(text, attributes = {}) {
  return element("button", { text, attributes: { type: "button", ...attributes } });
}

/**
 * The row a list shows when it has nothing.
 * @param {number} columns
 * @param {string} text
 */
export function emptyRow(columns, text) {
  return element("tr", {}, element("td", { className: "muted", text, attributes: { colspan: String(columns) } }));
}

/**
 * Makes a destructive button ask once more, in place: clicked, it gives way to a confirming button and "Keep it".
 * @param {HTMLButtonElement} trigger
 * @param {string} confirmText
 * @param {Record<string, string>} confirmAttributes
 * @param {() => Promise<void>} action run when confirmed
 */
export function confirmFirst(trigger, confirmText, confirmAttributes, action) {
  trigger.addEventListener("click", () => {
    const sure = button(confirmText, confirmAttributes);
    const keep = button("Keep it");
    const asking = element("span", { className: "admin-confirm" }, sure, keep);
    keep.addEventListener("click", () => {
      asking.replaceWith(trigger);
      trigger.focus();
    });
    sure.addEventListener("click", () => {
      sure.disabled = true;
      void action().finally(() => {
        sure.disabled = false;
      });
    });
    trigger.replaceWith(asking);
    sure.focus();
  });
}
