// What the signed-in person may do on the ticket page, from their roles. The server decides again on every call; the
// page only leaves out what would be refused.

/**
 * @typedef {{ works: boolean, serviceDesk: boolean, replies: boolean }} Abilities
 */

/**
 * @param {{ roles: string[] }} me what /api/me answered
 * @returns {Abilities} works: edits fields, takes tickets, writes work notes (agents, admins); serviceDesk: sees and
 *   reports presence and hears mentions (everyone but requesters); replies: adds to the conversation (agents, admins,
 *   and requesters on their own tickets)
 */
export function abilitiesOf(me) {
  const has = (/** @type {string} */ role) => me.roles.includes(role);
  const works = has("agent") || has("admin");
  return {
    works,
    serviceDesk: works || has("noc") || has("change-manager"),
    replies: works || has("requester"),
  };
}
