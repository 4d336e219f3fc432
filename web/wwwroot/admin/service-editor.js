// The form that defines a new service or changes one. The whole definition is sent each time, with the version it was
// read at, so a change made meanwhile by someone else is refused rather than overwritten.
import { call, idempotencyKey, ProblemError } from "../shell/api.js";
import { element, setText } from "../shell/dom.js";
import { choice, formProblem, labelled, onSubmit, setValue, textInput, valueOf } from "./forms.js";
import { groupNames, offer, pick } from "./choices.js";

/**
 * @typedef {object} ServiceView
 * @property {string} id
 * @property {string} name
 * @property {string} kind
 * @property {string | null} description
 * @property {string | null} owner
 * @property {string | null} supportGroup
 * @property {number} criticality
 * @property {string | null} slaPolicyId
 * @property {string | null} escalationPolicyId
 * @property {string[]} dependsOn
 * @property {number} version
 * @property {{ weekly: any[], oneOff: any[] } | null} maintenance
 */

const CRITICALITY = /** @type {Array<[string, string]>} */ ([["1", "1 (most critical)"], ["2", "2"], ["3", "3"], ["4", "4 (least critical)"]]);

export class ServiceEditor {
  /** @type {ServiceView | null} the service being changed; null while defining a new one */
  #editing = null;

  /** @param {(service: ServiceView) => Promise<void>} saved called with the stored service after each save */
  constructor(saved) {
    this.heading = element("h3", { text: "Define a new service", attributes: { id: "service-form-heading" } });
    this.supportGroup = choice("supportGroup", []);
    this.slaPolicy = choice("slaPolicy", []);
    this.escalationPolicy = choice("escalationPolicy", []);
    this.form = element("form", { className: "admin-form", attributes: { "data-service-form": "", "aria-labelledby": "service-form-heading" } },
      this.heading,
      element("div", { className: "admin-form-grid" },
        labelled("Id", textInput("id", { required: "", maxlength: "64", placeholder: "e.g. crm-db" })),
        labelled("Name", textInput("name", { required: "", maxlength: "200" })),
        labelled("Kind", choice("kind", [["business", "Business"], ["technical", "Technical"]])),
        labelled("Criticality", choice("criticality", CRITICALITY)),
        labelled("Support group", this.supportGroup),
        labelled("Owner", textInput("owner", { maxlength: "200" })),
        labelled("SLA policy", this.slaPolicy),
        labelled("Escalation policy", this.escalationPolicy)),
      labelled("Description", element("textarea", { attributes: { name: "description", rows: "2", maxlength: "4000" } })),
      element("div", { className: "form-actions" }, element("button", { text: "Save service", attributes: { type: "submit" } })),
      formProblem());
    onSubmit(this.form, async () => saved(await this.#save()));
  }

  /** Reads the groups and policies the pickers offer. */
  async loadChoices() {
    const [groups, slaPolicies, escalationPolicies] = await Promise.all([
      groupNames(),
      /** @type {Promise<{ id: string, name: string }[]>} */ (call("/api/sla/policies")),
      /** @type {Promise<{ id: string, name: string }[]>} */ (call("/api/escalation-policies")),
    ]);
    offer(this.supportGroup, [["", "(none)"], ...groups.map((g) => /** @type {[string, string]} */ ([g, g]))]);
    offer(this.slaPolicy, [["", "(the default policy)"], ...slaPolicies.map((p) => /** @type {[string, string]} */ ([p.id, p.name]))]);
    offer(this.escalationPolicy, [["", "(none)"], ...escalationPolicies.map((p) => /** @type {[string, string]} */ ([p.id, p.name]))]);
  }

  startNew() {
    this.#editing = null;
    this.form.reset();
    this.form.dataset.editing = "";
    setText(this.heading, "Define a new service");
    this.#idInput().readOnly = false;
  }

  /** @param {ServiceView} service */
  edit(service) {
    this.#editing = service;
    this.form.dataset.editing = service.id;
    setText(this.heading, `Change ${service.name}`);
    this.#idInput().readOnly = true;
    for (const [name, value] of Object.entries({ id: service.id, name: service.name, kind: service.kind, criticality: service.criticality, owner: service.owner, description: service.description })) {
      setValue(this.form, name, value);
    }
    pick(this.supportGroup, service.supportGroup);
    pick(this.slaPolicy, service.slaPolicyId);
    pick(this.escalationPolicy, service.escalationPolicyId);
  }

  #idInput() {
    return /** @type {HTMLInputElement} */ (this.form.elements.namedItem("id"));
  }

  /** @returns {Promise<ServiceView>} */
  async #save() {
    const id = this.#editing?.id ?? valueOf(this.form, "id") ?? "";
    const body = {
      name: valueOf(this.form, "name"),
      kind: valueOf(this.form, "kind"),
      criticality: Number(valueOf(this.form, "criticality")),
      supportGroup: valueOf(this.form, "supportGroup"),
      owner: valueOf(this.form, "owner"),
      slaPolicy: valueOf(this.form, "slaPolicy"),
      escalationPolicy: valueOf(this.form, "escalationPolicy"),
      description: valueOf(this.form, "description"),
      // A new service is defined at version 0, so an id already taken is refused instead of redefined.
      version: this.#editing?.version ?? 0,
    };
    try {
      return await call(`/api/services/${encodeURIComponent(id)}`, { method: "PUT", headers: { "Idempotency-Key": idempotencyKey() }, body: JSON.stringify(body) });
    } catch (error) {
      if (!this.#editing && error instanceof ProblemError && error.status === 409) {
        throw new ProblemError(error.message, { id: [`There is already a service '${id}'; change it from the list.`] }, 409);
      }
      throw error;
    }
  }
}
