// The ticket's facts beside its fields: status, priority, who has it, and the records it is linked to.
import { element } from "../shell/dom.js";
import { statusLabel } from "../shell/format.js";

/**
 * @param {HTMLElement} list the facts' <dl>
 * @param {any} incident
 * @param {boolean} linksRecords whether the linked records are links into their consoles (the service desk's, not a requester's)
 */
export function showFacts(list, incident, linksRecords) {
  const hold = incident.status === "onHold" && incident.holdReason ? ` (${incident.holdReason})` : "";
  list.replaceChildren(...[
    ["Status", `${statusLabel(incident.status)}${hold}`, "status"],
    ["Priority", incident.priority, "priority"],
    ["Assignee", incident.assignee ?? "nobody", "assignee"],
    ["Group", incident.assignmentGroup ?? "none", "group"],
    ["Service", incident.serviceId ?? "none", "service"],
    ["Requester", incident.requester, "requester"],
    ...(incident.resolutionCode ? [["Resolution", `${incident.resolutionCode}: ${incident.resolutionNotes ?? ""}`, "resolution"]] : []),
  ].flatMap(([term, value, key]) => [element("dt", { text: term }), element("dd", { text: value, attributes: { "data-fact": key } })]),
  ...related(incident, linksRecords));
}

/**
 * The records linked to the ticket, each a link to where it is worked.
 * @param {any} incident
 * @param {boolean} linksRecords
 * @returns {HTMLElement[]}
 */
function related(incident, linksRecords) {
  /** @type {[string, string, string][]} */
  const links = [];
  if (incident.problem) {
    const workaround = incident.problem.workaround ? ` · workaround: ${incident.problem.workaround}` : "";
    links.push(["Problem", `${incident.problem.number}${incident.problem.knownError ? " (known error)" : ""}${workaround}`, "/problems.html"]);
  }
  if (incident.majorIncident) {
    links.push(["Major incident", incident.majorIncident.number, `/major.html?id=${encodeURIComponent(incident.majorIncident.id)}`]);
  }
  if (incident.causedByChange) {
    links.push(["Caused by change", incident.causedByChange.number, "/changes.html"]);
  }
  return links.flatMap(([term, text, href]) => [
    element("dt", { text: term }),
    linksRecords
      ? element("dd", { attributes: { "data-fact": term.toLowerCase() } }, element("a", { text, attributes: { href } }))
      : element("dd", { text, attributes: { "data-fact": term.toLowerCase() } }),
  ]);
}
