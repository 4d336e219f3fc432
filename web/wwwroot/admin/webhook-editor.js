// The form that defines a webhook or changes one: where it posts, the secret it signs with (kept when left empty on a
// change), the ticket events it follows and whether it is active.
import { call, idempotencyKey, ProblemError } from "../shell/api.js";
import { element, setText } from "../shell/dom.js";
import { formProblem, labelled, onSubmit, setValue, textInput, valueOf } from "./forms.js";

/** @typedef {{ id: string, url: string, secretHint: string, events: string[], active: boolean, pending: number, dropped: number, version: number }} WebhookView */

/** The events a webhook can follow, as WebhookEventTypes.All names them. */
const EVENTS = ["incident.created", "incident.updated", "incident.assigned", "incident.statusChanged", "incident.commented", "incident.slaThreshold", "incident.escalated"];

export class WebhookEditor {
  /** @type {WebhookView | null} */
  #editing = null;

  /** @param {(webhook: WebhookView) => Promise<void>} saved */
  constructor(saved) {
    this.heading = element("h3", { text: "Define a webhook", attributes: { id: "webhook-form-heading" } });
    this.secretHint = element("span", { className: "muted" });
    this.active = element("input", { attributes: { type: "checkbox", name: "active" } });
    this.events = EVENTS.map((event) => element("input", { attributes: { type: "checkbox", name: "events", value: event } }));
    this.form = element("form", { className: "admin-form", attributes: { "data-webhook-form": "", "aria-labelledby": "webhook-form-heading" } },
      this.heading,
      element("div", { className: "admin-form-grid" },
        labelled("Id", textInput("id", { required: "", maxlength: "64", placeholder: "e.g. chat-ops" })),
        labelled("URL", textInput("url", { type: "url", required: "", maxlength: "2000", placeholder: "https://…" })),
        labelled("Secret (signs every delivery)", textInput("secret", { type: "password", maxlength: "200", autocomplete: "new-password" })),
        labelled("Active", this.active)),
      this.secretHint,
      element("fieldset", { className: "admin-fieldset" }, element("legend", { text: "Events it follows" }),
        ...this.events.map((box, i) => element("label", { className: "admin-check" }, box, element("span", { text: ` ${EVENTS[i]}` }))),
        element("span", { className: "field-problem", attributes: { "data-field-problem": "events" } })),
      element("div", { className: "form-actions" }, element("button", { text: "Save webhook", attributes: { type: "submit" } })),
      formProblem());
    onSubmit(this.form, async () => saved(await this.#save()));
    this.startNew();
  }

  startNew() {
    this.#editing = null;
    this.form.reset();
    this.form.dataset.editing = "";
    this.active.checked = true;
    setText(this.heading, "Define a webhook");
    setText(this.secretHint, "");
    this.#idInput().readOnly = false;
  }

  /** @param {WebhookView} webhook */
  edit(webhook) {
    this.#editing = webhook;
    this.form.dataset.editing = webhook.id;
    setText(this.heading, `Change webhook ${webhook.id}`);
    setText(this.secretHint, `The secret ends in ${webhook.secretHint}; leave the field empty to keep it.`);
    this.#idInput().readOnly = true;
    setValue(this.form, "id", webhook.id);
    setValue(this.form, "url", webhook.url);
    setValue(this.form, "secret", "");
    this.active.checked = webhook.active;
    for (const box of this.events) {
      box.checked = webhook.events.includes(box.value);
    }
  }

  #idInput() {
    return /** @type {HTMLInputElement} */ (this.form.elements.namedItem("id"));
  }

  /** @returns {Promise<WebhookView>} */
  async #save() {
    const id = this.#editing?.id ?? valueOf(this.form, "id") ?? "";
    const body = {
      url: valueOf(this.form, "url"),
      secret: valueOf(this.form, "secret"),
      events: this.events.filter((box) => box.checked).map((box) => box.value),
      active: this.active.checked,
      // A new webhook is defined at version 0, so an id already taken is refused instead of redefined.
      version: this.#editing?.version ?? 0,
    };
    try {
      return await call(`/api/webhooks/${encodeURIComponent(id)}`, { method: "PUT", headers: { "Idempotency-Key": idempotencyKey() }, body: JSON.stringify(body) });
    } catch (error) {
      if (!this.#editing && error instanceof ProblemError && error.status === 409) {
        throw new ProblemError(error.message, { id: [`There is already a webhook '${id}'; change it from the list.`] }, 409);
      }
      throw error;
    }
  }
}
