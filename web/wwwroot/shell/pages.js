// The pages of the hub and who may open them: navigation shows a caller only the pages their roles open, and a page
// that refuses the caller says which role it needs. The roles mirror the policies of each page's API and streams.

/** @typedef {"requester" | "agent" | "noc" | "change-manager" | "admin"} Role */

/**
 * @typedef {object} Page
 * @property {string} path
 * @property {string} label
 * @property {Role[]} roles
 */

const WATCHERS = /** @type {Role[]} */ (["noc", "agent", "change-manager", "admin"]);
const EVERYONE = /** @type {Role[]} */ (["requester", ...WATCHERS]);

/** @type {Page[]} */
export const PAGES = [
  { path: "/", label: "NOC board", roles: WATCHERS },
  { path: "/requests.html", label: "Requests", roles: EVERYONE },
  { path: "/services.html", label: "Service map", roles: WATCHERS },
  { path: "/changes.html", label: "Change calendar", roles: WATCHERS },
  { path: "/major.html", label: "Major incidents", roles: WATCHERS },
  { path: "/problems.html", label: "Problems", roles: WATCHERS },
  { path: "/risks.html", label: "Risks", roles: WATCHERS },
  { path: "/continuity.html", label: "Continuity", roles: WATCHERS },
  { path: "/contracts.html", label: "Contracts & licences", roles: WATCHERS },
  { path: "/search.html", label: "Search", roles: EVERYONE },
  { path: "/reports.html", label: "Reports", roles: WATCHERS },
  { path: "/oncall.html", label: "On call", roles: WATCHERS },
  { path: "/data.html", label: "Data tools", roles: ["admin"] },
  { path: "/admin.html", label: "Administration", roles: ["admin"] },
];

/** Pages that are not in the navigation but still belong to some roles. */
const OTHER_PAGES = /** @type {Page[]} */ ([{ path: "/ticket.html", label: "Ticket", roles: EVERYONE }]);

/**
 * The page at a path, or undefined.
 * @param {string} path
 */
export function pageAt(path) {
  const normalised = path === "/index.html" ? "/" : path;
  return [...PAGES, ...OTHER_PAGES].find((page) => page.path === normalised);
}

/**
 * Whether any of the caller's roles opens the page.
 * @param {Page} page
 * @param {string[]} roles
 */
export function opens(page, roles) {
  return page.roles.some((role) => roles.includes(role));
}

/**
 * Where a caller lands: the board for those who watch it, the request portal for requesters.
 * @param {string[]} roles
 */
export function homeFor(roles) {
  return PAGES.find((page) => opens(page, roles))?.path ?? "/requests.html";
}

/** @param {string[]} roles */
export function watchesBoards(roles) {
  return WATCHERS.some((role) => roles.includes(role));
}

/** @param {string[]} roles */
export function readsWorkNotes(roles) {
  return roles.includes("agent") || roles.includes("admin");
}

/**
 * Mirrors the policy of raising incidents: requesters (for themselves), agents and admins; not the NOC or change managers.
 * @param {string[]} roles
 */
export function raisesIncidents(roles) {
  return roles.some((role) => role === "requester" || role === "agent" || role === "noc" || role === "admin");
}
