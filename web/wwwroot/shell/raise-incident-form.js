// The fields of the raise-incident dialog. Which fields a caller gets mirrors what the server lets them set: the service
// desk raises for anyone and routes; a requester describes what is wrong and raises it for themselves.
import { element } from "./dom.js";

const LEVELS = [["high", "High"], ["medium", "Medium"], ["low", "Low"]];

/**
 * A labelled control with a place under it for the server's problem with that field.
 * @param {string} label
 * @param {string} name the request's field, as the server names it in problems
 * @param {HTMLElement} control
 * @param {Node} [extra] shown between the control and the problem
 */
function field(label, name, control, extra) {
  return element("label", { className: "field", attributes: { "data-raise-field": name } },
    element("span", { text: label }), control, ...(extra ? [extra] : []),
    element("span", { className: "field-problem", attributes: { "data-field-problem": name, role: "alert" } }));
}

/**
 * @param {string} name
 * @param {Record<string, string>} [attributes]
 */
function input(name, attributes = {}) {
  return element("input", { attributes: { name, autocomplete: "off", ...attributes } });
}

/** @param {string} name */
function levelSelect(name) {
  const select = element("select", { attributes: { name } });
  select.append(...LEVELS.map(([value, label]) => new Option(label, value, value === "medium", value === "medium")));
  return select;
}

/**
 * Builds the form. Agents, the NOC and admins name the caller and the assignment group (proposed from the service); others see
 * where the incident will go, which the server decides.
 * @param {{ desk: boolean }} options desk: whether the caller is of the service desk (agent, NOC or admin)
 */
export function raiseIncidentForm({ desk }) {
  const services = element("datalist", { attributes: { id: "raise-incident-services" } });
  const service = input("serviceId", { list: "raise-incident-services", placeholder: "type to search by name or id", "data-raise-service": "" });
  const serviceName = element("span", { className: "muted", attributes: { "data-raise-service-name": "" } });
  const priority = element("output", { className: "priority raise-priority", attributes: { name: "priority", "data-raise-priority": "", "aria-live": "polite" } });
  const proposedGroup = element("output", { attributes: { "data-raise-proposed-group": "", "aria-live": "polite" } });
  const group = desk ? input("assignmentGroup", { "data-raise-group": "", maxlength: "200" }) : null;
  const problem = element("p", { className: "problem", attributes: { role: "alert", "data-raise-problem": "" } });
  const submit = element("button", { text: "Raise incident", attributes: { type: "submit", "data-raise-submit": "" } });
  const cancel = element("button", { text: "Cancel", attributes: { type: "button", "data-raise-cancel": "" } });

  const form = element("form", { className: "raise-incident-form", attributes: { method: "dialog", "data-raise-form": "" } },
    element("h2", { text: "Raise an incident", attributes: { id: "raise-incident-heading" } }),
    field("Title", "title", input("title", { maxlength: "200" })),
    field("Description", "description", element("textarea", { attributes: { name: "description", rows: "4", maxlength: "8000" } })),
    ...(desk ? [field("Caller", "requester", input("requester", { maxlength: "200", placeholder: "yourself", "data-raise-caller": "" }))] : []),
    field("Service", "serviceId", service, serviceName),
    services,
    element("div", { className: "raise-levels" },
      field("Impact", "impact", levelSelect("impact")),
      field("Urgency", "urgency", levelSelect("urgency")),
      element("p", { className: "field raise-priority-line" }, element("span", { text: "Priority" }), priority)),
    group ? field("Assignment group", "assignmentGroup", group, element("span", { className: "muted" }, element("span", { text: "Proposed: " }), proposedGroup))
      : element("p", { className: "field", attributes: { "data-raise-field": "assignmentGroup" } },
        element("span", { text: "Support group" }), proposedGroup),
    element("div", { className: "form-actions" }, submit, cancel),
    problem);
  return { form, services, service, serviceName, priority, proposedGroup, group, problem, submit, cancel };
}
