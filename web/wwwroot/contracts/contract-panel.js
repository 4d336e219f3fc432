// Vendor contracts: the table (status from the read model) and, for admins, the form that creates or changes one.
import { element, setText } from "../shell/dom.js";
import { formatTimeSpan, parseTimeSpan } from "../shell/timespan.js";
import { call } from "../shell/api.js";

const STATUS_TEXT = { notStarted: "not started", active: "active", expiringSoon: "expiring soon", expired: "expired" };

/** @param {string | null} span */
function hours(span) {
  return span ? String(Math.round((parseTimeSpan(span) / 3_600_000) * 100) / 100) : "";
}

export class ContractPanel {
  /**
   * @param {{ rows: HTMLElement, editor: HTMLDetailsElement, form: HTMLFormElement, title: HTMLElement, problem: HTMLElement, canEdit: boolean }} parts
   */
  constructor(parts) {
    this.parts = parts;
    /** @type {Map<string, any>} */
    this.contracts = new Map();
    /** @type {{ id: string, version: number } | null} the contract in the form, null for a new one */
    this.editing = null;
    parts.editor.hidden = !parts.canEdit;
    parts.form.addEventListener("submit", (event) => {
      event.preventDefault();
      void this.save();
    });
    parts.form.querySelector("[data-contract-new]")?.addEventListener("click", () => this.edit(null));
  }

  async load() {
    /** @type {any[]} */
    const contracts = await call("/api/vendor-contracts");
    this.contracts = new Map(contracts.map((c) => [c.id, c]));
    this.parts.rows.replaceChildren(...contracts.map((c) => {
      const name = element("button", { className: "link-button", text: `${c.vendor} · ${c.name}`, attributes: { type: "button" } });
      name.disabled = !this.parts.canEdit;
      name.addEventListener("click", () => this.edit(c));
      const targets = [c.responseTarget ? `respond ${hours(c.responseTarget)} h` : "", c.resolutionTarget ? `resolve ${hours(c.resolutionTarget)} h` : ""]
        .filter(Boolean).join(", ");
      return element("tr", { attributes: { "data-contract": c.id, "data-status": c.status } },
        element("td", {}, name),
        element("td", { text: c.serviceIds.join(", ") }),
        element("td", { text: targets || "—" }),
        element("td", { text: `${c.start} → ${c.end} (notice ${c.renewalNoticeDays} d)` }),
        element("td", { className: `contract-status status-${c.status}`, text: /** @type {Record<string, string>} */ (STATUS_TEXT)[c.status] ?? c.status }));
    }));
  }

  /** @param {any} contract the contract to change, or null for a new one */
  edit(contract) {
    const { form, editor, title, problem } = this.parts;
    const set = (/** @type {string} */ name, /** @type {string} */ value) => {
      /** @type {HTMLInputElement} */ (form.elements.namedItem(name)).value = value;
    };
    this.editing = contract ? { id: contract.id, version: contract.version } : null;
    form.reset();
    setText(problem, "");
    const idInput = /** @type {HTMLInputElement} */ (form.elements.namedItem("id"));
    idInput.readOnly = contract !== null;
    setText(title, contract ? `Change ${contract.vendor} · ${contract.name}` : "New contract");
    if (contract) {
      set("id", contract.id);
      set("vendor", contract.vendor);
      set("name", contract.name);
      set("serviceIds", contract.serviceIds.join(", "));
      set("supportTerms", contract.supportTerms ?? "");
      set("responseHours", hours(contract.responseTarget));
      set("resolutionHours", hours(contract.resolutionTarget));
      set("start", contract.start);
      set("end", contract.end);
      set("renewalNoticeDays", String(contract.renewalNoticeDays));
    }
    editor.open = true;
  }

  async save() {
    const { form, problem } = this.parts;
    const data = new FormData(form);
    const text = (/** @type {string} */ name) => String(data.get(name) ?? "").trim();
    const span = (/** @type {string} */ name) => (text(name) === "" ? null : formatTimeSpan(Number(text(name)) * 3_600_000));
    const id = text("id");
    setText(problem, "");
    if (!this.editing && this.contracts.has(id)) {
      setText(problem, `A contract "${id}" exists already: choose it in the list to change it.`);
      return;
    }
    const body = {
      vendor: text("vendor"),
      name: text("name"),
      serviceIds: text("serviceIds").split(",").map((s) => s.trim()).filter(Boolean),
      supportTerms: text("supportTerms") || null,
      responseTarget: span("responseHours"),
      resolutionTarget: span("resolutionHours"),
      start: text("start"),
      end: text("end"),
      renewalNoticeDays: text("renewalNoticeDays") === "" ? null : Number(text("renewalNoticeDays")),
    };
    try {
      const headers = this.editing ? { "If-Match": `"${this.editing.version}"` } : {};
      const saved = await call(`/api/vendor-contracts/${encodeURIComponent(id)}`, { method: "PUT", headers, body: JSON.stringify(body) });
      await this.load();
      this.edit(saved);
    } catch (error) {
      setText(problem, /** @type {Error} */ (error).message);
    }
  }
}
