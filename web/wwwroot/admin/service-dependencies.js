// What a service depends on: add a dependency picked from the real services, remove one. The server refuses a
// dependency that would close a cycle, and says which path it would close; that refusal is shown beside the picker.
import { call, ProblemError } from "../shell/api.js";
import { element, setText } from "../shell/dom.js";
import { choice, formProblem, labelled, onSubmit, showProblems } from "./forms.js";
import { offer } from "./choices.js";
import { button } from "./tables.js";

/** @typedef {import("./service-editor.js").ServiceView} ServiceView */

export class ServiceDependencies {
  /** @type {ServiceView | null} */
  #service = null;

  /** @param {(service: ServiceView) => Promise<void>} changed called with the stored service after each change */
  constructor(changed) {
    this.changed = changed;
    this.heading = element("h3", { text: "Depends on", attributes: { id: "service-dependencies-heading" } });
    this.list = element("ul", { className: "action-list", attributes: { "data-dependency-list": "" } });
    this.target = choice("dependsOn", []);
    this.form = element("form", { className: "inline-form", attributes: { "data-dependency-form": "" } },
      labelled("Add a dependency on", this.target),
      element("button", { text: "Add dependency", attributes: { type: "submit" } }),
      formProblem());
    this.section = element("section", { className: "admin-subsection", attributes: { "data-service-dependencies": "", "aria-labelledby": "service-dependencies-heading" } },
      this.heading, this.list, this.form);
    this.section.hidden = true;
    onSubmit(this.form, async () => {
      const service = this.#shown();
      const target = this.target.value;
      if (!target) {
        throw new ProblemError("Nothing to add.", { dependsOn: ["Every other service is a dependency already, or there is none."] });
      }
      await this.changed(await call(`/api/services/${encodeURIComponent(service.id)}/dependencies/${encodeURIComponent(target)}`, { method: "PUT" }));
    });
  }

  hide() {
    this.#service = null;
    this.section.hidden = true;
  }

  /**
   * @param {ServiceView} service
   * @param {{ id: string, name: string }[]} services every service, to pick from
   */
  show(service, services) {
    this.#service = service;
    this.section.hidden = false;
    this.section.dataset.service = service.id;
    setText(this.heading, `${service.name} depends on`);
    const names = new Map(services.map((s) => [s.id, s.name]));
    this.list.replaceChildren(...(service.dependsOn.length === 0
      ? [element("li", { className: "muted", text: "nothing yet" })]
      : service.dependsOn.map((id) => {
        const remove = button("Remove", { "data-remove-dependency": id, "aria-label": `Remove the dependency on ${names.get(id) ?? id}` });
        remove.addEventListener("click", () => void this.#remove(id));
        return element("li", { attributes: { "data-dependency": id } }, element("span", { text: `${names.get(id) ?? id} (${id}) ` }), remove);
      })));
    offer(this.target, services
      .filter((s) => s.id !== service.id && !service.dependsOn.includes(s.id))
      .map((s) => /** @type {[string, string]} */ ([s.id, `${s.name} (${s.id})`])));
  }

  /** @param {string} target */
  async #remove(target) {
    const service = this.#shown();
    try {
      await this.changed(await call(`/api/services/${encodeURIComponent(service.id)}/dependencies/${encodeURIComponent(target)}`, { method: "DELETE" }));
    } catch (error) {
      showProblems(this.form, error);
    }
  }

  #shown() {
    if (!this.#service) {
      throw new Error("No service is open.");
    }
    return this.#service;
  }
}
