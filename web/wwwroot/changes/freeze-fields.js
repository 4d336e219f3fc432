// How the freeze form shows and reads a change freeze (PUT /api/change-catalog/freezes/{id}).
import { control } from "./catalog-part.js";
import { chooseServices, chosenServices, describeServices } from "./service-choice.js";
import { formatWhen, instantOf, localInput } from "../shell/local-time.js";

/** @type {import("./catalog-part.js").ItemFields} */
export const FREEZE_FIELDS = {
  noun: "freeze",
  describe: (freeze) =>
    `${freeze.name} (${freeze.id}) · ${formatWhen(freeze.start)} – ${formatWhen(freeze.end)} · ${describeServices(freeze.serviceIds, "all services")}`,
  fill(form, freeze) {
    control(form, "name").value = freeze?.name ?? "";
    control(form, "id").value = freeze?.id ?? "";
    control(form, "start").value = freeze ? localInput(new Date(freeze.start)) : "";
    control(form, "end").value = freeze ? localInput(new Date(freeze.end)) : "";
    control(form, "reason").value = freeze?.reason ?? "";
    chooseServices(/** @type {HTMLSelectElement} */ (control(form, "serviceIds")), freeze?.serviceIds ?? []);
  },
  read(form) {
    return {
      name: control(form, "name").value.trim(),
      start: instantOf(control(form, "start").value),
      end: instantOf(control(form, "end").value),
      serviceIds: chosenServices(/** @type {HTMLSelectElement} */ (control(form, "serviceIds"))),
      reason: control(form, "reason").value.trim() || null,
    };
  },
};
