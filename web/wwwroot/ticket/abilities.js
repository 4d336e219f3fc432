// What the signed-in person may do on the ticket page, from their roles and groups. The server decides again on every
// call; the page only leaves out what would be refused.
import { mayWork } from "../board/row-actions.js";

/**
 * @typedef {{ works: boolean, serviceDesk: boolean, replies: boolean, worksProblems: boolean, runsMajorIncidents: boolean,
 *             readsEscalations: boolean, worksOn: (incident: any) => boolean,
 *             acknowledges: (incident: any) => boolean }} Abilities
 */

/**
 * @param {{ name: string, roles: string[], groups: string[] }} me what /api/me answered
 * @returns {Abilities} works: edits fields, takes tickets, writes work notes (agents, admins); serviceDesk: sees and
 *   reports presence and hears mentions (everyone but requesters); replies: adds to the conversation (agents, admins,
 *   and requesters on their own tickets); worksOn: moves, assigns and acknowledges this incident (admins, and agents
 *   while it is in none of the groups, one of theirs, or assigned to them), as the board's rows decide it;
 *   acknowledges: stops its escalation (those who work it, and the NOC without taking it); runsMajorIncidents: declares
 *   and runs major incidents (agents, the NOC, admins)
 */
export function abilitiesOf(me) {
  const has = (/** @type {string} */ role) => me.roles.includes(role);
  const works = has("agent") || has("admin");
  return {
    works,
    serviceDesk: works || has("noc") || has("change-manager"),
    replies: works || has("requester"),
    worksProblems: works,
    runsMajorIncidents: works || has("noc"),
    readsEscalations: works || has("noc") || has("change-manager"),
    worksOn: (incident) => mayWork(me, incident),
    acknowledges: (incident) => mayWork(me, incident) || has("noc"),
  };
}
