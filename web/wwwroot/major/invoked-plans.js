import { element, required, setText } from "../shell/dom.js";
import { subscribeLiveList } from "../shell/live-list.js";
import { formatDurationText, parseTimeSpan } from "../shell/timespan.js";

/**
 * The continuity plans invoked from the major incident shown, live: each with the time left against its RTO, counting
 * down, and its steps done; each links to the plan on the continuity page, where it is run.
 * @param {() => string | null} selectedId the major incident shown
 * @returns {{ render: () => void }}
 */
export function startInvokedPlans(selectedId) {
  const list = required("[data-mi-plans]");
  /** @type {any[]} */
  let plans = [];

  /** @param {any} invocation */
  function timing(invocation) {
    if (!invocation.rto) {
      return "not timed";
    }
    const left = Date.parse(invocation.invokedAt) + parseTimeSpan(invocation.rto) - Date.now();
    const rto = `RTO ${formatDurationText(parseTimeSpan(invocation.rto))} (${invocation.rtoOf})`;
    return left > 0 ? `${rto}, ${formatDurationText(left)} left` : `${rto}, overdue by ${formatDurationText(-left)}`;
  }

  function render() {
    const id = selectedId();
    const invoked = plans
      .map((plan) => ({ plan, invocation: plan.invocations[plan.invocations.length - 1] }))
      .filter(({ invocation }) => invocation && !invocation.endedAt && id && invocation.majorIncidentId === id);
    list.replaceChildren(...invoked.map(({ plan, invocation }) => {
      const done = invocation.steps.filter((/** @type {any} */ s) => s.doneAt).length;
      return element("li", { attributes: { "data-mi-plan": plan.number, "data-level": invocation.reached ?? "" } },
        element("a", { text: `${plan.number} · ${plan.content.title}`, attributes: { href: `/continuity.html?plan=${plan.id}` } }),
        element("span", { text: ` · ${timing(invocation)} · ${done} of ${invocation.steps.length} steps done` }));
    }));
    if (invoked.length === 0) {
      list.replaceChildren(element("li", { className: "muted", text: "None invoked from this major incident." }));
    }
  }

  subscribeLiveList({
    signalR: /** @type {any} */ (globalThis).signalR,
    method: "SubscribeContinuityPlans",
    key: (/** @type {{ id: string }} */ plan) => plan.id,
    isLive: (/** @type {{ status: string }} */ plan) => plan.status !== "retired",
    onChange: (/** @type {any[]} */ items) => {
      plans = items;
      render();
    },
  });
  setInterval(() => {
    for (const item of list.querySelectorAll("[data-mi-plan] span")) {
      const plan = plans.find((p) => p.number === /** @type {HTMLElement} */ (item.parentElement).dataset.miPlan);
      const invocation = plan?.invocations[plan.invocations.length - 1];
      if (invocation) {
        const done = invocation.steps.filter((/** @type {any} */ s) => s.doneAt).length;
        setText(item, ` · ${timing(invocation)} · ${done} of ${invocation.steps.length} steps done`);
      }
    }
  }, 1000);
  return { render };
}
