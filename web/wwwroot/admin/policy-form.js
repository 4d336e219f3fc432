// The form that defines an escalation policy: levels, each paging whoever is on call in some schedules, some people and
// some groups, then waiting so many minutes before the next level; repeats, and the least priority it pages for.
import { element } from "../shell/dom.js";
import { parseTimeSpan, formatTimeSpan } from "../shell/timespan.js";
import { field, input, formProblem, text } from "./form-fields.js";

const KINDS = /** @type {const} */ (["schedule", "user", "group"]);
const KIND_LABELS = { schedule: "On-call schedules", user: "People", group: "Groups" };

/**
 * @typedef {object} Level
 * @property {{ kind: "schedule" | "user" | "group", id: string }[]} targets
 * @property {string} escalateAfter a .NET TimeSpan
 */

/** @param {string} scheduleList the id of a datalist of schedule ids */
export function policyForm(scheduleList) {
  const levels = element("div", { attributes: { "data-policy-levels": "" } });
  const addLevel = element("button", { text: "Add level", attributes: { type: "button", "data-policy-add-level": "" } });
  const priority = element("select", { attributes: { name: "minimumPriority" } },
    ...["P1", "P2", "P3", "P4", "P5"].map((p) => element("option", { text: p, attributes: { value: p } })));
  const form = element("form", { className: "admin-form", attributes: { "data-policy-form": "", "aria-label": "Escalation policy" } },
    element("h3", { text: "New policy", attributes: { "data-form-title": "" } }),
    field("Policy id", input("id", { required: "", pattern: "[A-Za-z0-9_.\\-]+", autocomplete: "off" }), "Letters, digits, - _ . (services name it)"),
    field("Name", input("name", { required: "" })),
    field("Pages for incidents of priority up to", priority),
    field("Repeats", input("repeats", { type: "number", min: "0", max: "9", value: "0" }), "How many more times the levels run when nobody acknowledges"),
    levels,
    element("p", { className: "field-problem", attributes: { "data-field-problem": "levels" } }),
    formProblem(),
    element("div", { className: "form-actions" },
      addLevel,
      element("button", { text: "Save policy", attributes: { type: "submit" } }),
      element("button", { text: "New policy", attributes: { type: "button", "data-form-new": "" } })));
  addLevel.addEventListener("click", () => levels.append(levelFieldset(levels, scheduleList, null)));
  return form;
}

/**
 * @param {HTMLFormElement} form
 * @param {{ id: string, name: string, levels: Level[], repeats: number, minimumPriority: string, version: number } | null} policy
 * @param {string} scheduleList
 */
export function fillPolicy(form, policy, scheduleList) {
  form.reset();
  const id = /** @type {HTMLInputElement} */ (form.elements.namedItem("id"));
  id.readOnly = policy !== null;
  form.dataset.version = policy ? String(policy.version) : "";
  /** @type {HTMLElement} */ (form.querySelector("[data-form-title]")).textContent = policy ? `Change ${policy.name}` : "New policy";
  /** @type {HTMLSelectElement} */ (form.elements.namedItem("minimumPriority")).value = policy?.minimumPriority ?? "P2";
  if (policy) {
    id.value = policy.id;
    /** @type {HTMLInputElement} */ (form.elements.namedItem("name")).value = policy.name;
    /** @type {HTMLInputElement} */ (form.elements.namedItem("repeats")).value = String(policy.repeats);
  }
  const levels = /** @type {HTMLElement} */ (form.querySelector("[data-policy-levels]"));
  levels.replaceChildren(...(policy?.levels ?? [null]).map((level) => levelFieldset(levels, scheduleList, level)));
}

/** @param {HTMLFormElement} form */
export function readPolicy(form) {
  const levels = [...form.querySelectorAll("[data-policy-level]")].map((fieldset) => {
    const value = (/** @type {string} */ part) => /** @type {HTMLInputElement} */ (fieldset.querySelector(`[data-level-part=${part}]`)).value.trim();
    const targets = KINDS.flatMap((kind) => value(kind).split(",").map((id) => id.trim()).filter((id) => id !== "").map((id) => ({ kind, id })));
    return { targets, escalateAfter: formatTimeSpan(Number(value("minutes")) * 60_000) };
  });
  return {
    name: text(form, "name"),
    minimumPriority: text(form, "minimumPriority"),
    repeats: Number(text(form, "repeats") || "0"),
    levels,
  };
}

/**
 * @param {HTMLElement} levels
 * @param {string} scheduleList
 * @param {Level | null} level
 */
function levelFieldset(levels, scheduleList, level) {
  const ids = (/** @type {string} */ kind) => (level?.targets ?? []).filter((t) => t.kind === kind).map((t) => t.id).join(", ");
  const after = level ? parseTimeSpan(level.escalateAfter) / 60_000 : 15;
  const remove = element("button", { text: "Remove level", attributes: { type: "button" } });
  const fieldset = element("fieldset", { className: "admin-group", attributes: { "data-policy-level": "" } },
    element("legend", { text: "Level" }),
    ...KINDS.map((kind) => field(KIND_LABELS[kind], input(`level-${kind}`, {
      "data-level-part": kind,
      value: ids(kind),
      autocomplete: "off",
      ...(kind === "schedule" ? { list: scheduleList } : {}),
    }), "Comma-separated")),
    field("Wait before the next level (minutes)", input("level-minutes", { "data-level-part": "minutes", type: "number", min: "0", step: "any", required: "", value: String(after) })),
    element("p", { className: "field-problem", attributes: { "data-field-problem": "", "data-level-problem": "" } }),
    remove);
  remove.addEventListener("click", () => {
    fieldset.remove();
    numberLevels(levels);
  });
  queueMicrotask(() => numberLevels(levels));
  return fieldset;
}

/**
 * Numbers the levels and names their problem lines as the server numbers fields: a problem with any target of the
 * first level ("levels[0].targets[2].id") shows at the level, one with its wait at the wait.
 * @param {HTMLElement} levels
 */
function numberLevels(levels) {
  [...levels.querySelectorAll("[data-policy-level]")].forEach((fieldset, i) => {
    /** @type {HTMLElement} */ (fieldset.querySelector("legend")).textContent = `Level ${i + 1}`;
    const wait = /** @type {HTMLElement} */ (fieldset.querySelector("[data-level-part=minutes]")?.parentElement?.querySelector("[data-field-problem]"));
    wait.dataset.fieldProblem = `levels[${i}].escalateAfter`;
    /** @type {HTMLElement} */ (fieldset.querySelector("[data-level-problem]")).dataset.fieldProblem = `levels[${i}]`;
  });
}
