// The dialog that raises a change or edits one: every field of the change request, the risk questionnaire included.
import { setText } from "../shell/dom.js";
import { call, idempotencyKey } from "../shell/api.js";
import { localInput } from "../shell/local-time.js";

export class ChangeEditor {
  #dialog;
  #form;
  #onSaved;
  /** @type {{ id: string, version: number } | null} the change being edited, null when raising one */
  #editing = null;

  /**
   * @param {HTMLDialogElement} dialog
   * @param {(change: any) => void} onSaved
   */
  constructor(dialog, onSaved) {
    this.#dialog = dialog;
    this.#form = /** @type {HTMLFormElement} */ (dialog.querySelector("[data-change-form]"));
    this.#onSaved = onSaved;
    this.#form.addEventListener("submit", (event) => {
      event.preventDefault();
      void this.#save();
    });
    dialog.querySelector("[data-close-editor]")?.addEventListener("click", () => dialog.close());
    this.#select("type").addEventListener("change", () => this.#showTemplateField());
  }

  /**
   * @param {{ id: string, name: string }[]} services
   * @param {any[]} templates standard-change templates
   */
  offer(services, templates) {
    this.#select("serviceId").append(...services.map((s) => new Option(s.name, s.id)));
    this.offerTemplates(templates);
  }

  /** @param {any[]} templates the standard-change templates as they are now */
  offerTemplates(templates) {
    this.#select("templateId").replaceChildren(...templates.map((t) => new Option(t.name, t.id)));
  }

  /** Opens the dialog empty, to raise a change. */
  create() {
    this.#editing = null;
    this.#form.reset();
    this.#select("type").disabled = false;
    setText(this.#part("[data-editor-heading]"), "New change");
    this.#showTemplateField();
    this.#open();
  }

  /** @param {any} change the ChangeView to edit */
  edit(change) {
    this.#editing = { id: change.id, version: change.version };
    this.#form.reset();
    setText(this.#part("[data-editor-heading]"), `Edit ${change.number}`);
    this.#select("type").value = change.type;
    this.#select("type").disabled = true;
    this.#showTemplateField();
    this.#set("title", change.title);
    this.#set("description", change.description ?? "");
    this.#set("serviceId", change.serviceId ?? "");
    this.#set("implementer", change.implementer ?? "");
    this.#set("start", change.window ? localInput(new Date(change.window.start)) : "");
    this.#set("end", change.window ? localInput(new Date(change.window.end)) : "");
    for (const name of ["impact", "implementationPlan", "backoutPlan", "testPlan"]) {
      this.#set(name, change[name] ?? "");
    }
    this.#set("alternatives", change.alternatives.map((/** @type {any} */ a) => `${a.description} | ${a.whyRejected}`).join("\n"));
    const answers = change.riskAnswers;
    this.#set("complexity", answers?.complexity ?? "");
    this.#set("usersAffected", answers?.usersAffected ?? "none");
    for (const name of ["testedBeforehand", "backoutTested", "outageRequired"]) {
      /** @type {HTMLInputElement} */ (this.#form.elements.namedItem(name)).checked = answers?.[name] ?? false;
    }
    this.#open();
  }

  #open() {
    setText(this.#part("[data-editor-problem]"), "");
    this.#dialog.showModal();
  }

  #showTemplateField() {
    const standard = this.#select("type").value === "standard";
    this.#part("[data-template-field]").hidden = !standard || this.#editing !== null;
  }

  /** Reads the form as the API's body; a field emptied while editing is sent empty, which clears it. */
  #body() {
    const data = new FormData(this.#form);
    const editing = this.#editing !== null;
    const text = (/** @type {string} */ name) => {
      const value = String(data.get(name) ?? "").trim();
      return value !== "" ? value : editing ? "" : undefined;
    };
    const start = text("start");
    const end = text("end");
    /** @type {Record<string, unknown>} */
    const body = {
      title: text("title"),
      description: text("description"),
      serviceId: text("serviceId"),
      implementer: text("implementer"),
      impact: text("impact"),
      implementationPlan: text("implementationPlan"),
      backoutPlan: text("backoutPlan"),
      testPlan: text("testPlan"),
      window: start || end ? { start: start ? new Date(start).toISOString() : null, end: end ? new Date(end).toISOString() : null } : undefined,
      alternatives: (text("alternatives") ?? "").split("\n").filter((line) => line.trim() !== "").map((line) => {
        const [description = "", whyRejected = ""] = line.split("|").map((part) => part.trim());
        return { description, whyRejected };
      }),
    };
    if (text("complexity")) {
      body.riskAnswers = {
        complexity: text("complexity"),
        usersAffected: text("usersAffected"),
        testedBeforehand: data.get("testedBeforehand") === "on",
        backoutTested: data.get("backoutTested") === "on",
        outageRequired: data.get("outageRequired") === "on",
      };
    }
    if (!this.#editing) {
      body.type = this.#select("type").value;
      if (body.type === "standard") {
        body.templateId = this.#select("templateId").value || undefined;
      }
    }
    return body;
  }

  async #save() {
    const problem = this.#part("[data-editor-problem]");
    setText(problem, "");
    try {
      const saved = this.#editing
        ? await call(`/api/changes/${this.#editing.id}`, { method: "PATCH", headers: { "If-Match": `"${this.#editing.version}"` }, body: JSON.stringify(this.#body()) })
        : await call("/api/changes", { method: "POST", headers: { "Idempotency-Key": idempotencyKey() }, body: JSON.stringify(this.#body()) });
      this.#dialog.close();
      this.#onSaved(saved);
    } catch (error) {
      const fields = Object.entries(/** @type {any} */ (error).errors ?? {}).map(([field, messages]) => `${field}: ${messages.join(" ")}`);
      setText(problem, [/** @type {Error} */ (error).message, ...fields].join(" · "));
    }
  }

  /** @param {string} name */
  #select(name) {
    return /** @type {HTMLSelectElement} */ (this.#form.elements.namedItem(name));
  }

  /**
   * @param {string} name
   * @param {string} value
   */
  #set(name, value) {
    /** @type {HTMLInputElement} */ (this.#form.elements.namedItem(name)).value = value;
  }

  /** @param {string} selector */
  #part(selector) {
    return /** @type {HTMLElement} */ (this.#dialog.querySelector(selector));
  }
}
