// The service portfolio: every service with its support group, criticality and health; define one, change one, and
// say what it depends on.
import { call } from "../shell/api.js";
import { element } from "../shell/dom.js";
import { ServiceEditor } from "./service-editor.js";
import { ServiceDependencies } from "./service-dependencies.js";
import { button, emptyRow, listTable, row } from "./tables.js";

/** @typedef {import("./service-editor.js").ServiceView} ServiceView */
/** @typedef {{ id: string, name: string, kind: string, criticality: number, supportGroup: string | null, health: { status: string } }} ServiceSummary */

/** @type {import("./sections.js").Section} */
export const servicesSection = {
  id: "services",
  label: "Services",
  note: "the portfolio, its support groups and dependencies",
  render,
};

/** @param {HTMLElement} panel */
async function render(panel) {
  const { table, body } = listTable("Services", ["Id", "Name", "Kind", "Support group", "Criticality", "Health", "Actions"], { "data-service-list": "" });
  /** @type {ServiceSummary[]} */
  let services = [];

  const load = async () => {
    services = await call("/api/services");
    body.replaceChildren(...(services.length === 0 ? [emptyRow(7, "No services yet.")] : services.map((service) => {
      const edit = button("Edit", { "data-edit-service": service.id, "aria-label": `Edit ${service.name}` });
      edit.addEventListener("click", () => void open(service.id));
      return row({ "data-service": service.id, "data-health": service.health.status },
        [service.id, service.name, service.kind, service.supportGroup ?? "", String(service.criticality), service.health.status], edit);
    })));
  };

  /** @param {ServiceView} service */
  const showing = async (service) => {
    await load();
    editor.edit(service);
    dependencies.show(service, services);
  };

  /** @param {string} id */
  const open = async (id) => {
    // A group or policy defined since the console opened is offered too.
    const [service] = await Promise.all([call(`/api/services/${encodeURIComponent(id)}`), editor.loadChoices()]);
    await showing(service);
  };

  const editor = new ServiceEditor(showing);
  const dependencies = new ServiceDependencies(showing);
  const defineNew = button("Define a new service", { "data-new-service": "" });
  defineNew.addEventListener("click", async () => {
    // The empty form comes first: refreshing the pickers afterwards keeps whatever is typed or picked meanwhile.
    editor.startNew();
    dependencies.hide();
    editor.form.querySelector("input")?.focus();
    await editor.loadChoices();
  });
  panel.append(element("div", { className: "form-actions" }, defineNew), table, editor.form, dependencies.section);
  await Promise.all([load(), editor.loadChoices()]);
}
