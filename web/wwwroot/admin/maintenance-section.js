// Maintenance windows per service: the weekly and one-off windows when a service may be worked on. Each change sends
// the whole schedule with the version it was read at.
import { call } from "../shell/api.js";
import { element } from "../shell/dom.js";
import { choice, clearProblems, formProblem, labelled, onSubmit, showProblems, textInput, valueOf } from "./forms.js";
import { offer } from "./choices.js";
import { button } from "./tables.js";
import { DAYS, capitalised, describeOneOff, describeWeekly, durationOf, forNewWindow, instantOf } from "./maintenance-windows.js";

/** @typedef {import("./maintenance-windows.js").Schedule} Schedule */
/** @typedef {import("./service-editor.js").ServiceView} ServiceView */

/** @type {import("./sections.js").Section} */
export const maintenanceSection = {
  id: "maintenance",
  label: "Maintenance windows",
  note: "when each service may be worked on",
  render,
};

/** @param {HTMLElement} panel */
async function render(panel) {
  /** @type {ServiceView | null} */
  let service = null;
  const picker = choice("service", []);
  picker.setAttribute("data-maintenance-service", "");
  const weekly = element("ul", { className: "action-list", attributes: { "data-weekly-windows": "" } });
  const oneOff = element("ul", { className: "action-list", attributes: { "data-one-off-windows": "" } });
  const listProblem = element("div", {}, formProblem());
  const weeklyForm = element("form", { className: "inline-form", attributes: { "data-weekly-form": "", "aria-label": "Add a weekly window" } },
    labelled("Day", choice("day", DAYS.map((day) => /** @type {[string, string]} */ ([day, capitalised(day)])))),
    labelled("Opens at", textInput("start", { type: "time", required: "", value: "02:00" })),
    labelled("Hours open", textInput("duration", { type: "number", min: "0.25", step: "0.25", required: "", value: "4" })),
    labelled("Time zone", textInput("timeZone", { required: "", value: Intl.DateTimeFormat().resolvedOptions().timeZone, maxlength: "64" })),
    element("button", { text: "Add weekly window", attributes: { type: "submit" } }),
    formProblem());
  const oneOffForm = element("form", { className: "inline-form", attributes: { "data-one-off-form": "", "aria-label": "Add a one-off window" } },
    labelled("Starts", textInput("start", { type: "datetime-local", required: "" })),
    labelled("Ends", textInput("end", { type: "datetime-local", required: "" })),
    labelled("Reason", textInput("reason", { maxlength: "200" })),
    element("button", { text: "Add one-off window", attributes: { type: "submit" } }),
    formProblem());
  const body = element("div", { attributes: { "data-maintenance": "" } },
    element("h3", { text: "Weekly windows" }), weekly, weeklyForm,
    element("h3", { text: "One-off windows" }), oneOff, oneOffForm,
    listProblem);
  body.hidden = true;

  /** @param {ServiceView} view */
  const show = (view) => {
    service = view;
    body.hidden = false;
    body.dataset.service = view.id;
    const schedule = current();
    weekly.replaceChildren(...listed(schedule.weekly.map(describeWeekly), "weekly", (i) => ({ ...schedule, weekly: schedule.weekly.filter((_, j) => j !== i) })));
    oneOff.replaceChildren(...listed(schedule.oneOff.map(describeOneOff), "one-off", (i) => ({ ...schedule, oneOff: schedule.oneOff.filter((_, j) => j !== i) })));
  };

  /** @returns {Schedule} */
  const current = () => ({ weekly: service?.maintenance?.weekly ?? [], oneOff: service?.maintenance?.oneOff ?? [] });

  /** @param {Schedule} schedule */
  const store = async (schedule) => {
    if (!service) {
      throw new Error("Pick a service first.");
    }
    show(await call(`/api/services/${encodeURIComponent(service.id)}/maintenance-windows`, {
      method: "PUT",
      headers: { "If-Match": `"${service.version}"` },
      body: JSON.stringify(schedule),
    }));
  };

  /**
   * @param {string[]} texts
   * @param {string} kind
   * @param {(index: number) => Schedule} without the schedule without the window at an index
   */
  const listed = (texts, kind, without) => texts.length === 0
    ? [element("li", { className: "muted", text: "none" })]
    : texts.map((text, i) => {
      const remove = button("Remove", { "data-remove-window": String(i), "aria-label": `Remove the ${kind} window ${text}` });
      remove.addEventListener("click", async () => {
        clearProblems(listProblem);
        await store(without(i)).catch((error) => showProblems(listProblem, error));
      });
      return element("li", { attributes: { "data-window": kind } }, element("span", { text: `${text} ` }), remove);
    });

  onSubmit(weeklyForm, async () => {
    const schedule = current();
    const added = { day: valueOf(weeklyForm, "day"), start: valueOf(weeklyForm, "start"), duration: durationOf(valueOf(weeklyForm, "duration") ?? ""), timeZone: valueOf(weeklyForm, "timeZone") };
    await store({ ...schedule, weekly: [...schedule.weekly, /** @type {any} */ (added)] }).catch((error) => { throw forNewWindow(error, "weekly", schedule.weekly.length); });
  });
  onSubmit(oneOffForm, async () => {
    const schedule = current();
    const added = { start: instantOf(valueOf(oneOffForm, "start") ?? ""), end: instantOf(valueOf(oneOffForm, "end") ?? ""), reason: valueOf(oneOffForm, "reason") };
    await store({ ...schedule, oneOff: [...schedule.oneOff, /** @type {any} */ (added)] }).catch((error) => { throw forNewWindow(error, "oneOff", schedule.oneOff.length); });
    oneOffForm.reset();
  });

  picker.addEventListener("change", async () => {
    clearProblems(listProblem);
    if (picker.value) {
      await call(`/api/services/${encodeURIComponent(picker.value)}`).then(show, (error) => showProblems(listProblem, error));
    } else {
      service = null;
      body.hidden = true;
    }
  });

  // Services defined since the section was opened are offered too.
  const loadServices = async () => {
    /** @type {{ id: string, name: string }[]} */
    const services = await call("/api/services");
    offer(picker, [["", "(pick a service)"], ...services.map((s) => /** @type {[string, string]} */ ([s.id, `${s.name} (${s.id})`]))]);
  };
  picker.addEventListener("focus", () => void loadServices().catch((error) => showProblems(listProblem, error)));
  await loadServices();
  panel.append(element("div", { className: "inline-form" }, labelled("Service", picker)), body);
}
