// How the template form shows and reads a standard-change template (PUT /api/change-catalog/templates/{id}).
import { formatTimeSpan, parseTimeSpan } from "../shell/timespan.js";
import { control } from "./catalog-part.js";
import { chooseServices, chosenServices, describeServices } from "./service-choice.js";

const HOUR_MS = 3_600_000;
/** What the API assumes when a template names no longest window. */
const DEFAULT_HOURS = 4;

/** @type {import("./catalog-part.js").ItemFields} */
export const TEMPLATE_FIELDS = {
  noun: "template",
  describe: (template) =>
    `${template.name} (${template.id}) · windows up to ${parseTimeSpan(template.maxDuration) / HOUR_MS} h · ${describeServices(template.serviceIds, "any service")}`,
  fill(form, template) {
    control(form, "name").value = template?.name ?? "";
    control(form, "id").value = template?.id ?? "";
    control(form, "description").value = template?.description ?? "";
    control(form, "implementationPlan").value = template?.implementationPlan ?? "";
    control(form, "backoutPlan").value = template?.backoutPlan ?? "";
    control(form, "maxDuration").value = String(template ? parseTimeSpan(template.maxDuration) / HOUR_MS : DEFAULT_HOURS);
    chooseServices(/** @type {HTMLSelectElement} */ (control(form, "serviceIds")), template?.serviceIds ?? []);
  },
  read(form) {
    const hours = Number(control(form, "maxDuration").value);
    return {
      name: control(form, "name").value.trim(),
      description: control(form, "description").value.trim(),
      implementationPlan: control(form, "implementationPlan").value.trim(),
      backoutPlan: control(form, "backoutPlan").value.trim(),
      serviceIds: chosenServices(/** @type {HTMLSelectElement} */ (control(form, "serviceIds"))),
      // Not positive is sent as zero, so the API names the problem next to the field.
      maxDuration: formatTimeSpan(hours > 0 ? hours * HOUR_MS : 0),
    };
  },
};
