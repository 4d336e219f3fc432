// The form that defines an on-call schedule: its name and time zone and its layers, each a rotation of people taking
// turns from a start, handing off every so many hours or days.
import { element } from "../shell/dom.js";
import { parseTimeSpan, formatTimeSpan } from "../shell/timespan.js";
import { field, input, formProblem, text } from "./form-fields.js";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * @typedef {object} Layer
 * @property {string} name
 * @property {string[]} users
 * @property {string} start local date and time, "2026-12-07T09:00"
 * @property {string} turnLength a .NET TimeSpan
 */

/** @param {string} userList the id of a datalist of user names */
export function scheduleForm(userList) {
  const layers = element("div", { attributes: { "data-schedule-layers": "" } });
  const addLayer = element("button", { text: "Add layer", attributes: { type: "button", "data-schedule-add-layer": "" } });
  const form = element("form", { className: "admin-form", attributes: { "data-schedule-form": "", "aria-label": "On-call schedule" } },
    element("h3", { text: "New schedule", attributes: { "data-form-title": "" } }),
    field("Schedule id", input("id", { required: "", pattern: "[A-Za-z0-9_.\\-]+", autocomplete: "off" }), "Letters, digits, - _ . (used in the address and by policies)"),
    field("Name", input("name", { required: "" })),
    field("Time zone", input("timeZone", { required: "", value: "UTC" }), "Such as Europe/Paris; hand-offs keep local time"),
    layers,
    element("p", { className: "field-problem", attributes: { "data-field-problem": "layers" } }),
    formProblem(),
    element("div", { className: "form-actions" },
      addLayer,
      element("button", { text: "Save schedule", attributes: { type: "submit" } }),
      element("button", { text: "New schedule", attributes: { type: "button", "data-form-new": "" } })));
  addLayer.addEventListener("click", () => layers.append(layerFieldset(layers, userList, null)));
  return form;
}

/**
 * Fills the form with a schedule to change, or empties it for a new one (with one layer to fill).
 * @param {HTMLFormElement} form
 * @param {{ id: string, name: string, timeZone: string, layers: Layer[], version: number } | null} schedule
 * @param {string} userList
 */
export function fillSchedule(form, schedule, userList) {
  form.reset();
  const id = /** @type {HTMLInputElement} */ (form.elements.namedItem("id"));
  id.readOnly = schedule !== null;
  form.dataset.version = schedule ? String(schedule.version) : "";
  /** @type {HTMLElement} */ (form.querySelector("[data-form-title]")).textContent = schedule ? `Change ${schedule.name}` : "New schedule";
  if (schedule) {
    id.value = schedule.id;
    /** @type {HTMLInputElement} */ (form.elements.namedItem("name")).value = schedule.name;
    /** @type {HTMLInputElement} */ (form.elements.namedItem("timeZone")).value = schedule.timeZone;
  }
  const layers = /** @type {HTMLElement} */ (form.querySelector("[data-schedule-layers]"));
  layers.replaceChildren(...(schedule?.layers ?? [null]).map((layer) => layerFieldset(layers, userList, layer)));
}

/**
 * The PUT body the form describes.
 * @param {HTMLFormElement} form
 */
export function readSchedule(form) {
  const layers = [...form.querySelectorAll("[data-schedule-layer]")].map((fieldset) => {
    const value = (/** @type {string} */ name) => /** @type {HTMLInputElement} */ (fieldset.querySelector(`[data-layer-part=${name}]`)).value.trim();
    const every = Number(value("every"));
    return {
      name: value("name"),
      users: value("users").split(",").map((u) => u.trim()).filter((u) => u !== ""),
      start: value("start"),
      turnLength: formatTimeSpan(every * (value("unit") === "days" ? DAY : HOUR)),
    };
  });
  return { name: text(form, "name"), timeZone: text(form, "timeZone"), layers };
}

/**
 * One layer's fields. Their problem lines carry the server's field names ("layers[0].users"), numbered in order.
 * @param {HTMLElement} layers
 * @param {string} userList
 * @param {Layer | null} layer
 */
function layerFieldset(layers, userList, layer) {
  const turn = layer ? parseTimeSpan(layer.turnLength) : DAY;
  const inDays = turn % DAY === 0;
  const part = (/** @type {string} */ name, /** @type {Record<string, string>} */ attributes) => input(`layer-${name}`, { "data-layer-part": name, ...attributes });
  const unit = element("select", { attributes: { name: "layer-unit", "data-layer-part": "unit" } },
    element("option", { text: "days", attributes: { value: "days" } }),
    element("option", { text: "hours", attributes: { value: "hours" } }));
  unit.value = inDays ? "days" : "hours";
  const remove = element("button", { text: "Remove layer", attributes: { type: "button" } });
  const fieldset = element("fieldset", { className: "admin-group", attributes: { "data-schedule-layer": "" } },
    element("legend", { text: "Layer" }),
    field("Layer name", part("name", { required: "", value: layer?.name ?? "primary" })),
    field("People, in turn", part("users", { required: "", value: layer?.users.join(", ") ?? "", list: userList, autocomplete: "off" }), "Comma-separated user names"),
    field("First turn starts", part("start", { type: "datetime-local", required: "", value: layer?.start.slice(0, 16) ?? "" }), "In the schedule's time zone"),
    field("Hand off every", part("every", { type: "number", min: "1", required: "", value: String(inDays ? turn / DAY : turn / HOUR) })),
    field("Unit", unit),
    remove);
  remove.addEventListener("click", () => {
    fieldset.remove();
    numberLayers(layers);
  });
  queueMicrotask(() => numberLayers(layers));
  return fieldset;
}

/**
 * Names each layer's problem lines after its place, as the server numbers them.
 * @param {HTMLElement} layers
 */
function numberLayers(layers) {
  [...layers.querySelectorAll("[data-schedule-layer]")].forEach((fieldset, i) => {
    /** @type {HTMLElement} */ (fieldset.querySelector("legend")).textContent = `Layer ${i + 1}`;
    for (const problem of fieldset.querySelectorAll("[data-field-problem]")) {
      const node = /** @type {HTMLElement} */ (problem);
      const partName = (node.dataset.fieldProblem ?? "").replace(/^(layers\[\d+\]\.|layer-)/, "");
      node.dataset.fieldProblem = `layers[${i}].${partName === "every" || partName === "unit" ? "turnLength" : partName}`;
    }
  });
}
