// Covering a shift: those who work incidents put someone else (or themselves) on call for a while in place of the
// rotation, and take an override out again. The schedule's version guards both against a change made meanwhile.
import { element, setText } from "../shell/dom.js";
import { call, idempotencyKey } from "../shell/api.js";
import { formatWhen, instantOf, localInput } from "../shell/local-time.js";
import { showFieldProblems } from "../shell/field-problems.js";

/**
 * The schedule's overrides with a Remove button each, and a form that adds one.
 * @param {string} scheduleId
 * @param {string} me who is signed in: the person a new override puts on call unless changed
 * @param {() => void} changed called after an override was added or removed (the page redraws who is on call)
 */
export async function overridePanel(scheduleId, me, changed) {
  const path = `/api/on-call-schedules/${encodeURIComponent(scheduleId)}`;
  /** @type {{ overrides: { id: string, user: string, start: string, end: string, by: string }[], version: number }} */
  const schedule = await call(path);
  const problem = element("p", { className: "problem", attributes: { role: "alert", "data-override-problem": "" } });
  const upcoming = schedule.overrides.filter((o) => Date.parse(o.end) > Date.now());
  const list = element("ul", { className: "override-list", attributes: { "data-overrides": "" } },
    ...upcoming.map((override) => {
      const remove = element("button", { text: "Remove", attributes: { type: "button", "aria-label": `Remove the override of ${override.user}`, "data-remove-override": override.id } });
      remove.addEventListener("click", async () => {
        try {
          await call(`${path}/overrides/${override.id}`, { method: "DELETE", headers: { "If-Match": `"${schedule.version}"` } });
          changed();
        } catch (error) {
          setText(problem, /** @type {Error} */ (error).message);
        }
      });
      return element("li", { attributes: { "data-override": override.user } },
        document.createTextNode(`${override.user}, ${formatWhen(override.start)} to ${formatWhen(override.end)} (by ${override.by}) `), remove);
    }));

  const start = new Date();
  const form = element("form", { className: "inline-form override-form", attributes: { "data-override-form": "", "aria-label": "Cover a shift" } },
    labelled("Who", element("input", { attributes: { name: "user", value: me, required: "", autocomplete: "off", maxlength: "200" } })),
    labelled("From", element("input", { attributes: { name: "start", type: "datetime-local", value: localInput(start), required: "" } })),
    labelled("Until", element("input", { attributes: { name: "end", type: "datetime-local", value: localInput(new Date(start.getTime() + 8 * 3_600_000)), required: "" } })),
    element("button", { text: "Cover", attributes: { type: "submit" } }));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    setText(problem, "");
    const value = (/** @type {string} */ name) => /** @type {HTMLInputElement} */ (form.elements.namedItem(name)).value;
    try {
      await call(`${path}/overrides`, {
        method: "POST",
        headers: { "If-Match": `"${schedule.version}"`, "Idempotency-Key": idempotencyKey() },
        body: JSON.stringify({ user: value("user").trim(), start: instantOf(value("start")), end: instantOf(value("end")) }),
      });
      changed();
    } catch (error) {
      showFieldProblems(form, problem, error);
    }
  });
  return element("div", { className: "override-panel" },
    element("h4", { text: "Overrides" }),
    upcoming.length === 0 ? element("p", { className: "muted", text: "None ahead." }) : list,
    form,
    problem);
}

/**
 * @param {string} label
 * @param {HTMLInputElement} control
 */
function labelled(label, control) {
  return element("label", { className: "field" }, element("span", { text: label }), control,
    element("span", { className: "problem", attributes: { "data-field-problem": control.name } }));
}
