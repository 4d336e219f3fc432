// The calendar library marks its grid up as a table of rows but puts other elements between the table and its rows,
// and scrolls its body in a region no keyboard reaches. Broken table semantics are worse than none, so as it
// re-renders its structural roles (and their table attributes) are taken off (the days and events stay readable as text, links and buttons) and
// the scrolling body becomes focusable and named.

const STRUCTURAL_ROLES = ["table", "list", "row", "rowgroup", "columnheader", "rowheader", "cell", "listitem"];
const TABLE_ATTRIBUTES = ["aria-colindex", "aria-rowindex", "aria-colspan", "aria-rowspan", "aria-colcount", "aria-rowcount"];

/** @param {HTMLElement} host the element the calendar was created in */
export function keepCalendarAccessible(host) {
  const repair = () => {
    for (const node of host.querySelectorAll("[role]")) {
      if (STRUCTURAL_ROLES.includes(node.getAttribute("role") ?? "")) {
        node.removeAttribute("role");
      }
    }
    for (const node of host.querySelectorAll(TABLE_ATTRIBUTES.map((name) => `[${name}]`).join(","))) {
      TABLE_ATTRIBUTES.forEach((name) => node.removeAttribute(name));
    }
    for (const body of host.querySelectorAll(".ec-main:not([tabindex])")) {
      body.setAttribute("tabindex", "0");
      body.setAttribute("aria-label", "Calendar");
    }
  };
  repair();
  new MutationObserver(repair).observe(host, { childList: true, subtree: true, attributes: true, attributeFilter: ["role", ...TABLE_ATTRIBUTES] });
}
