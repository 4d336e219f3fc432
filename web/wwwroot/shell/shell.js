import { call } from "./api.js";
import { element } from "./dom.js";
import { PAGES, homeFor, opens, pageAt, raisesIncidents, readsWorkNotes, watchesBoards } from "./pages.js";
import { startMajorIncidentBanner } from "./major-incident-banner.js";
import { startNotices } from "./notices.js";
import { startMentionToasts } from "./mention-toasts.js";
import { offerRaiseIncident } from "./raise-incident.js";

/**
 * @typedef {object} Me
 * @property {string} name
 * @property {string[]} roles
 * @property {string[]} groups
 */

/**
 * The frame every page shares, drawn into its `<header data-shell data-title="…">`: a skip link, the product and page
 * title, navigation to the pages the caller's roles open, the connection state (for live pages), "Raise incident" for
 * those who may, who is signed in with sign-out, and, for those who watch boards, the major-incident banner and the
 * notices. Whatever the page put inside its header (a scope, a clock) stays, between the navigation and the connection state.
 *
 * The frame is drawn at once; the navigation and the live parts follow when /api/me answers. A caller whose roles do
 * not open the page is told which role it needs (requesters on the board go to the request portal instead).
 * @returns {Promise<Me>}
 */
export function startShell() {
  const header = /** @type {HTMLElement | null} */ (document.querySelector("header[data-shell]"));
  if (!header) {
    throw new Error("The page has no <header data-shell>.");
  }
  const main = document.querySelector("main");
  if (main && !main.id) {
    main.id = "main";
  }
  document.body.prepend(element("a", { className: "skip-link", text: "Skip to content", attributes: { href: `#${main?.id ?? "main"}` } }));

  const title = header.dataset.title ?? document.title;
  const pageTools = [...header.childNodes];
  const nav = element("nav", { className: "page-links", attributes: { "aria-label": "Pages" } });
  const user = element("div", { className: "signed-in", attributes: { "data-signed-in": "" } });
  header.replaceChildren(
    element("div", { className: "brand" },
      element("span", { className: "brand-name", text: "ItsmOrleans" }),
      element("h1", { className: "brand-board", text: title, attributes: { "data-page-title": "" } })),
    nav,
    element("div", { className: "page-tools" }, ...pageTools),
    ...("live" in header.dataset ? [connectionState()] : []),
    user,
  );
  const banner = element("div", { className: "major-banner", attributes: { "data-major-banner": "", role: "alert", "aria-live": "assertive" } });
  banner.hidden = true;
  const notices = element("section", { className: "notices shell-notices", attributes: { "data-notices": "", "aria-live": "polite", "aria-label": "Notices" } });
  notices.hidden = true;
  header.after(banner, notices);

  return call("/api/me").then((/** @type {Me} */ me) => {
    showNavigation(nav, me.roles);
    showSignedIn(user, me.name);
    // A wallboard is for looking at: nothing on it to click.
    const onWall = document.body.classList.contains("wall") || new URLSearchParams(window.location.search).has("wall");
    if (raisesIncidents(me.roles) && !onWall) {
      offerRaiseIncident(user, me);
    }
    const page = pageAt(window.location.pathname);
    if (page && !opens(page, me.roles)) {
      refuse(page, me.roles);
    }
    if (watchesBoards(me.roles)) {
      startMajorIncidentBanner();
      startNotices();
    }
    if (readsWorkNotes(me.roles)) {
      startMentionToasts();
    }
    document.body.dataset.shell = "ready";
    return me;
  });
}

function connectionState() {
  return element("div", { className: "connection" },
    element("span", { className: "connection-dot", attributes: { "aria-hidden": "true" } }),
    element("span", { className: "connection-text" },
      element("span", { className: "connection-label", text: "Connecting", attributes: { "data-connection-label": "", role: "status" } }),
      element("span", { className: "last-update", attributes: { "data-last-update": "" } })));
}

/**
 * @param {HTMLElement} nav
 * @param {string[]} roles
 */
function showNavigation(nav, roles) {
  const here = pageAt(window.location.pathname)?.path;
  nav.replaceChildren(...PAGES.filter((page) => opens(page, roles)).map((page) => {
    const link = element("a", { text: page.label, attributes: { href: page.path } });
    if (page.path === here) {
      link.setAttribute("aria-current", "page");
    }
    return link;
  }));
}

/**
 * Sign-out is a form post (no script needed, and the server ends the session for every host).
 * @param {HTMLElement} user
 * @param {string} name
 */
function showSignedIn(user, name) {
  user.replaceChildren(
    element("span", { className: "signed-in-name", text: name, attributes: { "data-user-name": "" } }),
    element("form", { className: "sign-out", attributes: { method: "post", action: "/signout" } },
      element("button", { text: "Sign out", attributes: { type: "submit" } })));
}

/**
 * @param {import("./pages.js").Page} page
 * @param {string[]} roles
 */
function refuse(page, roles) {
  if (page.path === "/" && !watchesBoards(roles)) {
    window.location.replace(homeFor(roles));
    return;
  }
  const main = document.querySelector("main");
  main?.replaceChildren(element("section", { className: "panel refused", attributes: { "data-refused": "" } },
    element("h1", { text: `${page.label} is not for your role` }),
    element("p", { text: `It needs one of: ${page.roles.join(", ")}. You are signed in as ${roles.join(", ") || "no role"}.` }),
    element("p", {}, element("a", { text: "Go to your start page", attributes: { href: homeFor(roles) } }))));
}
