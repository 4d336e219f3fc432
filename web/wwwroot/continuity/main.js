import { startShell } from "../shell/shell.js";
import { setText } from "../shell/dom.js";
import { BoardConnection } from "../shell/board-connection.js";
import { subscribeLiveList } from "../shell/live-list.js";
import { startBusinessImpact } from "./business-impact.js";
import { startPlans } from "./plans.js";
import { loadReport } from "./report.js";
import { whenSettled } from "../shell/settle.js";

const me = await startShell();
const keeps = me.roles.includes("change-manager") || me.roles.includes("admin");
for (const part of document.querySelectorAll("[data-keepers-only]")) {
  /** @type {HTMLElement} */ (part).hidden = !keeps;
}

const impacts = await startBusinessImpact({ keeps });
const plans = await startPlans({ keeps });
await loadReport();

/** Something the report counts changed: it is read again once the changes settle for a second. */
const reportAgain = whenSettled(loadReport, 1000);
const label = document.querySelector("[data-connection-label]");
new BoardConnection({
  signalR: window.signalR,
  hubUrl: "/hubs/operations",
  method: "SubscribeBusinessImpacts",
  args: [],
  onMessage: (/** @type {any} */ message) => {
    impacts.follow(message);
    reportAgain();
  },
  onStateChange: (state, detail) => {
    document.body.dataset.connectionState = state;
    if (label) {
      setText(label, detail);
    }
  },
}).start();
subscribeLiveList({
  signalR: window.signalR,
  method: "SubscribeContinuityPlans",
  key: (/** @type {{ id: string }} */ plan) => plan.id,
  isLive: (/** @type {{ status: string }} */ plan) => plan.status !== "retired",
  onChange: (/** @type {any[]} */ items) => {
    plans.follow(items);
    reportAgain();
  },
});
document.body.dataset.ready = "true";
