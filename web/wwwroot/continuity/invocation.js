import { element, required, setText } from "../shell/dom.js";
import { call } from "../shell/api.js";
import { clearFieldProblems, showFieldProblems } from "../shell/field-problems.js";
import { formatDurationText, parseTimeSpan } from "../shell/timespan.js";

/** @typedef {(method: string, path: string, body: object, place: { form: HTMLElement, general: HTMLElement }) => Promise<boolean>} Send */

const LEVELS = /** @type {Record<string, string>} */ ({ info: "50 % of the RTO gone", warning: "75 % of the RTO gone", critical: "90 % of the RTO gone", breach: "RTO breached" });

/**
 * The invocation part of a plan: invoking an approved plan (from a major incident, by its number), checking off its
 * recovery steps, the time left against the RTO ticking down, ending it, and the invocations before.
 * @param {Send} send sends a command about the plan shown, with the version it was read at
 */
export function invocationPanel(send) {
  const invokeForm = /** @type {HTMLFormElement} */ (required("[data-invoke-form]"));
  const invokeProblem = /** @type {HTMLElement} */ (required("[data-invoke-problem]"));
  const active = /** @type {HTMLElement} */ (required("[data-active-invocation]"));
  const rto = /** @type {HTMLElement} */ (required("[data-rto]"));
  const endForm = /** @type {HTMLFormElement} */ (required("[data-end-form]"));
  const endProblem = /** @type {HTMLElement} */ (required("[data-end-problem]"));
  /** @type {any} */
  let shown = null;

  function tick() {
    if (!shown?.rto) {
      setText(rto, shown ? "No recovery time objective is recorded for these services: the recovery is not timed." : "");
      return;
    }
    const due = Date.parse(shown.invokedAt) + parseTimeSpan(shown.rto);
    const left = due - Date.now();
    rto.dataset.level = shown.reached ?? "";
    setText(rto, `RTO ${formatDurationText(parseTimeSpan(shown.rto))} (${shown.rtoOf}), due ${new Date(due).toLocaleTimeString()}: `
      + (left > 0 ? `${formatDurationText(left)} left` : `overdue by ${formatDurationText(-left)}`)
      + (shown.reached ? ` · ${LEVELS[shown.reached]}` : ""));
  }
  setInterval(tick, 1000);

  invokeForm.addEventListener("submit", async (event) => {
    event.preventDefault();
    clearFieldProblems(invokeForm, invokeProblem);
    const reason = /** @type {HTMLTextAreaElement} */ (invokeForm.elements.namedItem("reason")).value;
    const number = /** @type {HTMLInputElement} */ (invokeForm.elements.namedItem("majorIncident")).value.trim();
    let majorIncidentId = null;
    if (number) {
      try {
        majorIncidentId = (await call(`/api/major-incidents/${encodeURIComponent(number)}`)).id;
      } catch {
        setText(required("[data-field-problem=majorIncidentId]", invokeForm), `There is no major incident ${number}.`);
        return;
      }
    }
    if (await send("POST", "/invocations", { reason, majorIncidentId }, { form: invokeForm, general: invokeProblem })) {
      invokeForm.reset();
    }
  });

  endForm.addEventListener("submit", async (event) => {
    event.preventDefault();
    const outcome = /** @type {HTMLSelectElement} */ (endForm.elements.namedItem("outcome")).value;
    const notes = /** @type {HTMLTextAreaElement} */ (endForm.elements.namedItem("notes"));
    if (await send("POST", "/invocation/end", { outcome, notes: notes.value.trim() || null }, { form: endForm, general: endProblem })) {
      notes.value = "";
    }
  });

  return {
    /** @param {any} view the plan */
    render(view) {
      const invocations = view.invocations;
      const current = invocations.length && !invocations[invocations.length - 1].endedAt ? invocations[invocations.length - 1] : null;
      shown = current;
      invokeForm.hidden = Boolean(current) || view.status !== "approved";
      active.hidden = !current;
      required("[data-invocation]").dataset.invoked = String(Boolean(current));
      if (current) {
        setText(required("[data-invocation-summary]"), `Invoked ${new Date(current.invokedAt).toLocaleString()} by ${current.invokedBy}: ${current.reason}`);
        required("[data-recovery-steps]").replaceChildren(...current.steps.map((/** @type {any} */ step) => {
          const item = element("li", { attributes: { "data-step": String(step.step), "data-done": String(Boolean(step.doneAt)) } },
            element("span", { text: `${step.title} (${step.owner}, ${formatDurationText(parseTimeSpan(step.expectedDuration))})` }));
          if (step.doneAt) {
            item.append(element("span", { text: ` · done ${new Date(step.doneAt).toLocaleTimeString()} by ${step.doneBy}` }));
          } else {
            const done = element("button", { text: "Done", attributes: { type: "button", "aria-label": `Step ${step.step} done` } });
            done.addEventListener("click", () => void send("POST", `/invocation/steps/${step.step}`, {}, { form: endForm, general: endProblem }));
            item.append(" ", done);
          }
          return item;
        }));
      }
      tick();
      required("[data-past-invocations]").replaceChildren(...invocations.filter((/** @type {any} */ i) => i.endedAt).reverse().map((/** @type {any} */ i) => {
        const took = formatDurationText(Date.parse(i.endedAt) - Date.parse(i.invokedAt));
        const verdict = i.rtoMet === true ? "RTO met" : i.rtoMet === false ? "RTO missed" : "not timed";
        return element("li", {
          text: `Invocation ${i.number}: ${new Date(i.invokedAt).toLocaleString()} by ${i.invokedBy}, ${i.outcome === "recovered" ? `recovered after ${took} (${verdict})` : `stood down after ${took}`}`,
          attributes: { "data-past-invocation": String(i.number) },
        });
      }));
    },
  };
}
