// Software licences: seats against entitlements with their compliance, assignments, and for admins the definition form.
import { element, setText } from "../shell/dom.js";
import { call } from "../shell/api.js";

const COMPLIANCE_TEXT = { under: "under (seats free)", at: "at entitlement", over: "OVER entitlement" };

export class LicencePanel {
  /**
   * @param {{ rows: HTMLElement, detail: HTMLElement, detailTitle: HTMLElement, assignments: HTMLElement, assignForm: HTMLFormElement,
   *           problem: HTMLElement, editor: HTMLDetailsElement, form: HTMLFormElement, formTitle: HTMLElement, formProblem: HTMLElement,
   *           canAssign: boolean, canEdit: boolean }} parts
   */
  constructor(parts) {
    this.parts = parts;
    /** @type {Map<string, any>} */
    this.licences = new Map();
    /** @type {any} the licence shown in the detail */
    this.shown = null;
    /** @type {{ id: string, version: number } | null} */
    this.editing = null;
    parts.editor.hidden = !parts.canEdit;
    parts.assignForm.hidden = !parts.canAssign;
    parts.assignForm.addEventListener("submit", (event) => {
      event.preventDefault();
      const assignee = String(new FormData(parts.assignForm).get("assignee") ?? "").trim();
      void this.act("POST", "assignments", { assignee }).then((ok) => ok && parts.assignForm.reset());
    });
    parts.form.addEventListener("submit", (event) => {
      event.preventDefault();
      void this.save();
    });
    parts.form.querySelector("[data-licence-new]")?.addEventListener("click", () => this.edit(null));
  }

  async load() {
    /** @type {any[]} */
    const licences = await call("/api/licences");
    this.licences = new Map(licences.map((l) => [l.id, l]));
    this.parts.rows.replaceChildren(...licences.map((l) => {
      const name = element("button", { className: "link-button", text: `${l.product} · ${l.vendor}`, attributes: { type: "button" } });
      name.addEventListener("click", () => void this.show(l.id));
      return element("tr", { attributes: { "data-licence": l.id, "data-compliance": l.compliance } },
        element("td", {}, name),
        element("td", { text: `${l.used} / ${l.entitlements}` }),
        element("td", { className: `compliance compliance-${l.compliance}`, text: /** @type {Record<string, string>} */ (COMPLIANCE_TEXT)[l.compliance] ?? l.compliance }),
        element("td", { text: l.expires ?? "—" }));
    }));
    if (this.shown) {
      await this.show(this.shown.id);
    }
  }

  /** @param {string} id */
  async show(id) {
    const licence = await call(`/api/licences/${encodeURIComponent(id)}`);
    this.shown = licence;
    const { detail, detailTitle, assignments, canAssign, canEdit } = this.parts;
    detail.hidden = false;
    detail.dataset.licence = licence.id;
    setText(detailTitle, `${licence.product}: ${licence.used} of ${licence.entitlements} seats`);
    assignments.replaceChildren(...licence.assignments.map((/** @type {any} */ a) => {
      const release = element("button", { text: "Release", attributes: { type: "button", "data-release": a.assignee } });
      release.hidden = !canAssign;
      release.addEventListener("click", () => void this.act("DELETE", `assignments/${encodeURIComponent(a.assignee)}`, null));
      return element("li", {}, element("span", { text: `${a.assignee} · since ${a.assignedAt.slice(0, 10)} by ${a.assignedBy}` }), release);
    }));
    if (canEdit && !this.parts.form.contains(document.activeElement)) {
      this.edit(licence);
    }
  }

  /**
   * @param {string} method
   * @param {string} path under /api/licences/{id}/
   * @param {object | null} body
   */
  async act(method, path, body) {
    if (!this.shown) {
      return false;
    }
    setText(this.parts.problem, "");
    try {
      await call(`/api/licences/${encodeURIComponent(this.shown.id)}/${path}`, {
        method,
        headers: { "If-Match": `"${this.shown.version}"` },
        body: body === null ? undefined : JSON.stringify(body),
      });
      await this.load();
      return true;
    } catch (error) {
      setText(this.parts.problem, /** @type {Error} */ (error).message);
      await this.show(this.shown.id);
      return false;
    }
  }

  /** @param {any} licence the licence to change, or null for a new one */
  edit(licence) {
    const { form, formTitle, formProblem } = this.parts;
    const set = (/** @type {string} */ name, /** @type {string} */ value) => {
      /** @type {HTMLInputElement} */ (form.elements.namedItem(name)).value = value;
    };
    this.editing = licence ? { id: licence.id, version: licence.version } : null;
    form.reset();
    setText(formProblem, "");
    /** @type {HTMLInputElement} */ (form.elements.namedItem("id")).readOnly = licence !== null;
    setText(formTitle, licence ? `Change ${licence.product}` : "New licence");
    if (licence) {
      set("id", licence.id);
      set("product", licence.product);
      set("vendor", licence.vendor);
      set("entitlements", String(licence.entitlements));
      set("expires", licence.expires ?? "");
      set("notes", licence.notes ?? "");
    }
  }

  async save() {
    const { form, formProblem, editor } = this.parts;
    const data = new FormData(form);
    const text = (/** @type {string} */ name) => String(data.get(name) ?? "").trim();
    const id = text("id");
    setText(formProblem, "");
    if (!this.editing && this.licences.has(id)) {
      setText(formProblem, `A licence "${id}" exists already: choose it in the list to change it.`);
      return;
    }
    const body = {
      product: text("product"),
      vendor: text("vendor"),
      entitlements: text("entitlements") === "" ? null : Number(text("entitlements")),
      expires: text("expires") || null,
      notes: text("notes") || null,
    };
    try {
      const headers = this.editing ? { "If-Match": `"${this.editing.version}"` } : {};
      const saved = await call(`/api/licences/${encodeURIComponent(id)}`, { method: "PUT", headers, body: JSON.stringify(body) });
      editor.open = true;
      this.shown = saved;
      await this.load();
    } catch (error) {
      setText(formProblem, /** @type {Error} */ (error).message);
    }
  }
}
