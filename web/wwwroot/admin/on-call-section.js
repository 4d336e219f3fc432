// On-call schedules: each with who is on call now and who is next (and from when), and the form to define or change one.
import { element } from "../shell/dom.js";
import { call, idempotencyKey } from "../shell/api.js";
import { loadOnCall, onCallSummary } from "../shell/on-call.js";
import { onSubmit, text } from "./form-fields.js";
import { scheduleForm, fillSchedule, readSchedule } from "./schedule-form.js";

/** @type {import("./sections.js").Section} */
export const onCallSection = {
  id: "on-call",
  label: "On-call schedules",
  note: "Who answers pages, in turns; escalation policies name schedules",
  render: renderOnCall,
};

/** @param {HTMLElement} panel */
async function renderOnCall(panel) {
  const users = element("datalist", { attributes: { id: "admin-on-call-users" } });
  const list = element("div", { className: "admin-cards", attributes: { "data-schedule-list": "" } });
  const form = scheduleForm(users.id);
  panel.append(users, list, form);
  fillSchedule(form, null, users.id);

  const edit = async (/** @type {string} */ id) => {
    fillSchedule(form, await call(`/api/on-call-schedules/${encodeURIComponent(id)}`), users.id);
    /** @type {HTMLInputElement} */ (form.elements.namedItem("name")).focus();
  };
  /** @type {Set<string>} */
  let known = new Set();
  const load = async () => {
    const [entries, accounts] = await Promise.all([loadOnCall(), call("/api/admin/users")]);
    users.replaceChildren(...accounts.map((/** @type {{ userName: string }} */ u) => element("option", { attributes: { value: u.userName } })));
    known = new Set(entries.map((entry) => entry.scheduleId));
    const now = Date.now();
    list.replaceChildren(...entries.map((entry) => {
      const change = element("button", { text: "Edit", attributes: { type: "button", "aria-label": `Edit ${entry.scheduleName}` } });
      change.addEventListener("click", () => void edit(entry.scheduleId));
      return element("section", { className: "admin-card", attributes: { "data-schedule": entry.scheduleId, "aria-label": entry.scheduleName } },
        element("h3", { text: `${entry.scheduleName} (${entry.scheduleId})` }),
        onCallSummary(entry, now),
        change);
    }));
  };

  onSubmit(form, async () => {
    const version = form.dataset.version;
    if (!version && known.has(text(form, "id"))) {
      throw new Error(`A schedule "${text(form, "id")}" exists already: choose Edit on it to change it.`);
    }
    await call(`/api/on-call-schedules/${encodeURIComponent(text(form, "id"))}`, {
      method: "PUT",
      headers: version ? { "If-Match": `"${version}"` } : { "Idempotency-Key": idempotencyKey() },
      body: JSON.stringify(readSchedule(form)),
    });
    fillSchedule(form, null, users.id);
    await load();
  });
  form.querySelector("[data-form-new]")?.addEventListener("click", () => fillSchedule(form, null, users.id));
  await load();
}
