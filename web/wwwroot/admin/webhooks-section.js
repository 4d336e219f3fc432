// Outgoing webhooks: where ticket events are posted, each with its delivery log; define, change and delete them.
import { call } from "../shell/api.js";
import { element, setText } from "../shell/dom.js";
import { WebhookEditor } from "./webhook-editor.js";
import { WebhookDeliveries } from "./webhook-deliveries.js";
import { button, confirmFirst, emptyRow, listTable, row } from "./tables.js";

/** @typedef {import("./webhook-editor.js").WebhookView} WebhookView */

/** @type {import("./sections.js").Section} */
export const webhooksSection = {
  id: "webhooks",
  label: "Webhooks",
  note: "ticket events posted to other tools, with each one's delivery log",
  render,
};

/** @param {HTMLElement} panel */
async function render(panel) {
  const { table, body } = listTable("Webhooks", ["Id", "URL", "Events", "Active", "Waiting", "Given up", "Actions"], { "data-webhook-list": "" });
  const problem = element("p", { className: "problem", attributes: { role: "alert" } });

  const load = async () => {
    /** @type {WebhookView[]} */
    const webhooks = await call("/api/webhooks");
    body.replaceChildren(...(webhooks.length === 0 ? [emptyRow(7, "No webhooks yet.")] : webhooks.map((webhook) =>
      row({ "data-webhook": webhook.id },
        [webhook.id, webhook.url, webhook.events.join(", "), webhook.active ? "yes" : "no", String(webhook.pending), String(webhook.dropped)],
        ...actions(webhook)))));
  };

  /** @param {WebhookView} webhook */
  const actions = (webhook) => {
    const edit = button("Edit", { "data-edit-webhook": webhook.id, "aria-label": `Edit webhook ${webhook.id}` });
    edit.addEventListener("click", () => editor.edit(webhook));
    const log = button("Deliveries", { "data-show-deliveries": webhook.id, "aria-label": `Deliveries of webhook ${webhook.id}` });
    log.addEventListener("click", () => void deliveries.show(webhook.id));
    const remove = button("Delete", { "data-delete-webhook": webhook.id, "aria-label": `Delete webhook ${webhook.id}` });
    // Deleting drops the events still waiting, so it asks once more.
    confirmFirst(remove, `Delete ${webhook.id} for good`, { "data-confirm-delete": webhook.id }, async () => {
      setText(problem, "");
      try {
        await call(`/api/webhooks/${encodeURIComponent(webhook.id)}`, { method: "DELETE", headers: { "If-Match": `"${webhook.version}"` } });
        if (deliveries.section.dataset.webhook === webhook.id) {
          deliveries.hide();
        }
        if (editor.form.dataset.editing === webhook.id) {
          editor.startNew();
        }
        await load();
      } catch (error) {
        setText(problem, /** @type {Error} */ (error).message);
      }
    });
    return [edit, log, remove];
  };

  const editor = new WebhookEditor(async (webhook) => {
    await load();
    editor.edit(webhook);
  });
  const deliveries = new WebhookDeliveries();
  const defineNew = button("Define a webhook", { "data-new-webhook": "" });
  defineNew.addEventListener("click", () => {
    editor.startNew();
    editor.form.querySelector("input")?.focus();
  });
  panel.append(element("div", { className: "form-actions" }, defineNew), table, problem, editor.form, deliveries.section);
  await load();
}
