import { startLivePanel } from "./live-list.js";
import { element } from "./dom.js";
import { formatClockTime } from "./format.js";

/**
 * A major incident as the banner shows it (SubscribeMajorIncidents, docs/board-protocol.md).
 * @typedef {object} MajorIncidentSummary
 * @property {string} id
 * @property {string} number
 * @property {string} title
 * @property {"active" | "resolved" | "review" | "closed" | "cancelled"} status
 * @property {string} commander
 * @property {string} primaryIncidentNumber
 * @property {number} childCount
 * @property {string} promotedAt
 * @property {string | null} nextUpdateDue
 * @property {"none" | "onTrack" | "dueSoon" | "overdue"} updateDue
 * @property {number} revision
 */

/**
 * Starts the banner every page shows while major incidents are active, on a page that has a [data-major-banner]
 * element. It keeps its own stream open, so it stays live whatever the page below it shows.
 */
export function startMajorIncidentBanner() {
  startLivePanel({
    selector: "[data-major-banner]",
    method: "SubscribeMajorIncidents",
    key: (/** @type {MajorIncidentSummary} */ item) => item.id,
    isLive: (/** @type {MajorIncidentSummary} */ item) => item.status === "active",
    render,
  });
}

/**
 * @param {HTMLElement} node
 * @param {MajorIncidentSummary[]} active
 */
function render(node, active) {
  const items = [...active].sort((a, b) => a.number.localeCompare(b.number));
  node.hidden = items.length === 0;
  node.replaceChildren(
    element("span", { className: "major-banner-label", text: items.length === 1 ? "Major incident" : `${items.length} major incidents` }),
    ...items.map((item) => element("span", {
      className: `major-banner-item update-${item.updateDue}`,
      attributes: { "data-major-incident": item.number },
      text: `${item.number} · ${item.title} · commander ${item.commander} · since ${formatClockTime(Date.parse(item.promotedAt))}${updateText(item)}`,
    })),
  );
}

/** @param {MajorIncidentSummary} item */
function updateText(item) {
  if (!item.nextUpdateDue) {
    return "";
  }
  const at = formatClockTime(Date.parse(item.nextUpdateDue));
  return item.updateDue === "overdue" ? ` · UPDATE OVERDUE since ${at}` : item.updateDue === "dueSoon" ? ` · update due ${at}` : ` · next update ${at}`;
}
