// Escalation policies: who is paged for an incident, level after level, until someone acknowledges; defined and changed here.
import { element } from "../shell/dom.js";
import { call, idempotencyKey } from "../shell/api.js";
import { onSubmit, text } from "./form-fields.js";
import { policyForm, fillPolicy, readPolicy } from "./policy-form.js";
import { describeLevel } from "../shell/escalation-levels.js";

/** @type {import("./sections.js").Section} */
export const escalationSection = {
  id: "escalation",
  label: "Escalation policies",
  note: "Who is paged, level after level, until someone acknowledges",
  render: renderEscalation,
};

/** @param {HTMLElement} panel */
async function renderEscalation(panel) {
  const schedules = element("datalist", { attributes: { id: "admin-escalation-schedules" } });
  const list = element("div", { className: "admin-cards", attributes: { "data-policy-list": "" } });
  const form = policyForm(schedules.id);
  panel.append(schedules, list, form);
  fillPolicy(form, null, schedules.id);

  /** @type {Set<string>} */
  let known = new Set();
  const load = async () => {
    /** @type {[{ id: string, name: string }[], { id: string, name: string }[]]} */
    const [entries, scheduleEntries] = await Promise.all([call("/api/escalation-policies"), call("/api/on-call-schedules")]);
    schedules.replaceChildren(...scheduleEntries.map((s) => element("option", { text: s.name, attributes: { value: s.id } })));
    known = new Set(entries.map((e) => e.id));
    const policies = await Promise.all(entries.map((e) => call(`/api/escalation-policies/${encodeURIComponent(e.id)}`)));
    list.replaceChildren(...policies.map((policy) => {
      const change = element("button", { text: "Edit", attributes: { type: "button", "aria-label": `Edit ${policy.name}` } });
      change.addEventListener("click", () => {
        fillPolicy(form, policy, schedules.id);
        /** @type {HTMLInputElement} */ (form.elements.namedItem("name")).focus();
      });
      return element("section", { className: "admin-card", attributes: { "data-policy": policy.id, "aria-label": policy.name } },
        element("h3", { text: `${policy.name} (${policy.id})` }),
        element("ol", {}, ...policy.levels.map((/** @type {any} */ level) => element("li", { text: describeLevel(level) }))),
        element("p", { className: "muted", text: `Pages for ${policy.minimumPriority} and above; repeats ${policy.repeats} times.` }),
        change);
    }));
  };

  onSubmit(form, async () => {
    const id = text(form, "id");
    const version = form.dataset.version;
    if (!version && known.has(id)) {
      throw new Error(`A policy "${id}" exists already: choose Edit on it to change it.`);
    }
    await call(`/api/escalation-policies/${encodeURIComponent(id)}`, {
      method: "PUT",
      headers: version ? { "If-Match": `"${version}"` } : { "Idempotency-Key": idempotencyKey() },
      body: JSON.stringify(readPolicy(form)),
    });
    fillPolicy(form, null, schedules.id);
    await load();
  });
  form.querySelector("[data-form-new]")?.addEventListener("click", () => fillPolicy(form, null, schedules.id));
  await load();
}
