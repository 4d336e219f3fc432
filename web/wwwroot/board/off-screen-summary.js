/** @typedef {import("./protocol.js").IncidentSummary} IncidentSummary */

const PRIORITIES = ["P1", "P2", "P3", "P4", "P5"];

/**
 * The line that accounts for incidents a viewer cannot see, so none goes unnoticed: "+7 more: 2 P1, 5 P3".
 * @param {IncidentSummary[]} hidden
 * @returns {string} empty when nothing is hidden
 */
export function offScreenSummary(hidden) {
  if (hidden.length === 0) {
    return "";
  }
  const counts = PRIORITIES
    .map((priority) => [priority, hidden.filter((incident) => incident.priority === priority).length])
    .filter(([, count]) => count > 0)
    .map(([priority, count]) => `${count} ${priority}`);
  return `+${hidden.length} more: ${counts.join(", ")}`;
}
