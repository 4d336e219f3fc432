import { readClock, timeLeftForSorting } from "./sla-clock.js";

/** @typedef {import("./protocol.js").IncidentSummary} IncidentSummary */

/** Statuses listed on the board; resolved incidents are counted but not listed. */
export const LISTED_STATUSES = new Set(["new", "assigned", "inProgress", "onHold"]);

/**
 * The listed incidents, most urgent first: priority, then resolution time left, then age.
 * @param {Iterable<IncidentSummary>} incidents
 * @param {number} now server-corrected epoch milliseconds
 * @returns {IncidentSummary[]}
 */
export function mostUrgentFirst(incidents, now) {
  const keyed = [];
  for (const incident of incidents) {
    if (LISTED_STATUSES.has(incident.status)) {
      keyed.push({
        incident,
        priority: incident.priority,
        timeLeft: timeLeftForSorting(readClock(incident.resolution, now)),
        createdAt: Date.parse(incident.createdAt),
      });
    }
  }
  keyed.sort((a, b) =>
    a.priority.localeCompare(b.priority)
    || compareNumbers(a.timeLeft, b.timeLeft)
    || compareNumbers(a.createdAt, b.createdAt));
  return keyed.map((entry) => entry.incident);
}

/**
 * @param {number} a
 * @param {number} b
 */
function compareNumbers(a, b) {
  if (a === b) {
    return 0;
  }
  return a < b ? -1 : 1;
}
