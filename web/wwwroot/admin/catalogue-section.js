// The request catalogue: the things people can request, each with its form, approval rule and fulfilment tasks.
import { call } from "../shell/api.js";
import { element, setText } from "../shell/dom.js";
import { CatalogueEditor } from "./catalogue-editor.js";
import { button, confirmFirst, emptyRow, listTable, row } from "./tables.js";

/** @typedef {import("./catalogue-editor.js").CatalogItem} CatalogItem */

/** @type {import("./sections.js").Section} */
export const catalogueSection = {
  id: "catalogue",
  label: "Service catalogue",
  note: "what people can request, its form, approval and tasks",
  render,
};

/** @param {HTMLElement} panel */
async function render(panel) {
  const problem = element("p", { className: "problem", attributes: { role: "alert" } });
  const { table, body } = listTable("Catalogue items", ["Id", "Name", "Category", "Fields", "Approval", "Fulfilment group", "Actions"], { "data-catalogue-list": "" });
  /** @type {CatalogItem[]} */
  let items = [];

  const load = async () => {
    items = await call("/api/catalog");
    body.replaceChildren(...(items.length === 0 ? [emptyRow(7, "No catalogue items yet.")] : items.map((item) => {
      const edit = button("Edit", { "data-edit-item": item.id, "aria-label": `Edit ${item.name}` });
      edit.addEventListener("click", () => {
        editor.edit(item);
        editor.form.querySelector("input:not([readonly])")?.scrollIntoView({ block: "nearest" });
      });
      const remove = button("Remove", { "data-remove-item": item.id, "aria-label": `Remove ${item.name}` });
      confirmFirst(remove, `Remove ${item.name} from the catalogue`, { "data-confirm-remove": item.id }, async () => {
        setText(problem, "");
        try {
          await call(`/api/catalog/${encodeURIComponent(item.id)}`, { method: "DELETE", headers: { "If-Match": `"${item.version}"` } });
          if (editor.form.dataset.editing === item.id) {
            editor.startNew();
          }
          await load();
        } catch (error) {
          setText(problem, /** @type {Error} */ (error).message);
        }
      });
      return row({ "data-catalogue-item": item.id },
        [item.id, item.name, item.category, item.fields.map((f) => f.label).join(", "), item.approval.kind, item.fulfilmentGroup], edit, remove);
    })));
  };

  const editor = new CatalogueEditor(async (item) => {
    await load();
    editor.edit(item);
  });
  const createNew = button("Create a catalogue item", { "data-new-item": "" });
  createNew.addEventListener("click", () => {
    editor.startNew();
    editor.form.querySelector("input")?.focus();
  });
  panel.append(element("div", { className: "form-actions" }, createNew), table, problem, editor.form);
  await Promise.all([load(), editor.loadChoices()]);
}
