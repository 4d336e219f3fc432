// The roles an account or API key may hold, spelt as the API takes them.

export const ROLES = ["requester", "agent", "noc", "change-manager", "admin"];

/**
 * A role as the API spells it, whichever spelling an answer used ("changeManager" → "change-manager").
 * @param {string} role
 */
export function roleName(role) {
  return role.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}
