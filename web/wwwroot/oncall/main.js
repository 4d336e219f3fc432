// Who is on call, for the people who page and are paged: every schedule's person now and next, and the escalation
// policies, read-only. Those who work incidents cover shifts with overrides. The page redraws at the next hand-off (a timer to it, not a polling loop) and on Refresh.
import { startShell } from "../shell/shell.js";
import { element, setText } from "../shell/dom.js";
import { call } from "../shell/api.js";
import { formatClockTime } from "../shell/format.js";
import { loadOnCall, onCallSummary, nextHandOff } from "../shell/on-call.js";
import { describeLevel } from "../shell/escalation-levels.js";
import { overridePanel } from "./override-form.js";

const me = await startShell();
/** Those who work incidents cover shifts (the server's WorkIncidents policy). */
const coversShifts = me.roles.includes("agent") || me.roles.includes("admin");

const schedules = /** @type {HTMLElement} */ (document.querySelector("[data-on-call-schedules]"));
const policies = /** @type {HTMLElement} */ (document.querySelector("[data-on-call-policies]"));
const problem = /** @type {HTMLElement} */ (document.querySelector("[data-on-call-problem]"));
const updated = /** @type {HTMLElement} */ (document.querySelector("[data-on-call-updated]"));
// Past this, a browser timer fires at once; a hand-off that far ahead is simply waited for in steps.
const LONGEST_TIMER_MS = 2 ** 31 - 1;
// A moment after the hand-off, so the server's answer is already the new shift.
const AFTER_HAND_OFF_MS = 1000;
/** @type {number | undefined} */
let timer;

async function showOnCall() {
  window.clearTimeout(timer);
  setText(problem, "");
  try {
    const entries = await loadOnCall();
    const now = Date.now();
    schedules.replaceChildren(...(entries.length === 0
      ? [element("p", { className: "muted", text: "No on-call schedules yet." })]
      : entries.map((entry) => element("section", { className: "on-call-card", attributes: { "data-schedule": entry.scheduleId, "aria-label": entry.scheduleName } },
        element("h3", { text: entry.scheduleName }),
        onCallSummary(entry, now)))));
    if (coversShifts) {
      await Promise.all(entries.map(async (entry) => {
        const card = schedules.querySelector(`[data-schedule="${CSS.escape(entry.scheduleId)}"]`);
        card?.append(await overridePanel(entry.scheduleId, me.name, () => void showOnCall()));
      }));
    }
    setText(updated, `As of ${formatClockTime(now)}`);
    const handOff = nextHandOff(entries);
    if (handOff !== null) {
      timer = window.setTimeout(() => void showOnCall(), Math.min(Math.max(handOff - Date.now(), 0) + AFTER_HAND_OFF_MS, LONGEST_TIMER_MS));
    }
  } catch (error) {
    setText(problem, /** @type {Error} */ (error).message);
  }
}

async function showPolicies() {
  /** @type {{ id: string }[]} */
  const entries = await call("/api/escalation-policies");
  const all = await Promise.all(entries.map((e) => call(`/api/escalation-policies/${encodeURIComponent(e.id)}`)));
  policies.replaceChildren(...(all.length === 0
    ? [element("p", { className: "muted", text: "No escalation policies yet." })]
    : all.map((policy) => element("section", { className: "on-call-card", attributes: { "data-policy": policy.id, "aria-label": policy.name } },
      element("h3", { text: policy.name }),
      element("ol", {}, ...policy.levels.map((/** @type {any} */ level) => element("li", { text: describeLevel(level) }))),
      element("p", { className: "muted", text: `Pages for ${policy.minimumPriority} and above; repeats ${policy.repeats} times.` })))));
}

function showAll() {
  return Promise.all([showOnCall(), showPolicies().catch((/** @type {Error} */ error) => setText(problem, error.message))]);
}

document.querySelector("[data-refresh]")?.addEventListener("click", () => void showAll());
void showAll().finally(() => {
  document.body.dataset.ready = "true";
});
