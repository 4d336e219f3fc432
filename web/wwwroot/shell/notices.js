import { startLivePanel } from "./live-list.js";
import { element, setText } from "./dom.js";
import { formatDurationText } from "./timespan.js";

/**
 * An operational notice (SubscribeNotices, docs/board-protocol.md).
 * @typedef {object} BoardNotice
 * @property {string} key
 * @property {"licenceOverused" | "contractExpiring" | "contractExpired" | "riskReviewOverdue" | "continuityPlanInvoked"} kind
 * @property {string} text
 * @property {string} since
 * @property {boolean} active
 * @property {number} revision
 * @property {string | null} [dueAt] when what it warns of falls due: the board counts down to it
 */

const LABELS = {
  licenceOverused: "Licence over-used",
  contractExpiring: "Contract expiring",
  contractExpired: "Contract expired",
  riskReviewOverdue: "Risk review overdue",
  continuityPlanInvoked: "Continuity plan invoked",
};

/** @param {number} due epoch milliseconds */
function countdown(due) {
  const left = due - Date.now();
  return left > 0 ? ` (${formatDurationText(left)} left)` : ` (overdue by ${formatDurationText(-left)})`;
}

/**
 * Starts the board's list of operational notices, live (over-used licences, expiring contracts, risks past their review date), on a page that
 * has a [data-notices] element.
 */
export function startNotices() {
  setInterval(() => {
    for (const clock of document.querySelectorAll("[data-notice-due]")) {
      setText(clock, countdown(Date.parse(/** @type {HTMLElement} */ (clock).dataset.noticeDue ?? "")));
    }
  }, 1000);
  startLivePanel({
    selector: "[data-notices]",
    method: "SubscribeNotices",
    key: (/** @type {BoardNotice} */ notice) => notice.key,
    isLive: (/** @type {BoardNotice} */ notice) => notice.active,
    render,
  });
}

/**
 * @param {HTMLElement} node
 * @param {BoardNotice[]} items
 */
function render(node, items) {
  const notices = [...items].sort((a, b) => a.since.localeCompare(b.since));
  node.hidden = notices.length === 0;
  node.replaceChildren(
    element("h2", { text: "Notices" }),
    ...notices.map((notice) => element("p", {
      className: `notice notice-${notice.kind}`,
      attributes: { "data-notice": notice.key },
      text: `${LABELS[notice.kind] ?? notice.kind}: ${notice.text}`,
    }, ...(notice.dueAt ? [element("span", { text: countdown(Date.parse(notice.dueAt)), attributes: { "data-notice-due": notice.dueAt } })] : []))),
  );
}
