// The administration console: one page, one section shown at a time, chosen in the section list or by the address
// fragment (#services, #users…), so a section can be linked to and the back button walks between them.
import { startShell } from "../shell/shell.js";
import { element, setText } from "../shell/dom.js";
import { SECTIONS } from "./sections.js";

startShell();

const list = /** @type {HTMLElement} */ (document.querySelector("[data-admin-sections]"));
const panels = /** @type {HTMLElement} */ (document.querySelector("[data-admin-panels]"));
/** @type {Map<string, HTMLElement>} */
const drawn = new Map();

const links = SECTIONS.map((section) => {
  const link = element("a", { text: section.label, attributes: { href: `#${section.id}`, "data-admin-section-link": section.id } });
  list.append(link);
  return link;
});

/** @param {string} id */
function show(id) {
  const section = SECTIONS.find((candidate) => candidate.id === id) ?? SECTIONS[0];
  if (!section) {
    return;
  }
  for (const link of links) {
    if (link.dataset.adminSectionLink === section.id) {
      link.setAttribute("aria-current", "page");
    } else {
      link.removeAttribute("aria-current");
    }
  }
  for (const [other, panel] of drawn) {
    panel.hidden = other !== section.id;
  }
  if (!drawn.has(section.id)) {
    const body = element("div", { className: "admin-section-body" });
    const problem = element("p", { className: "problem", attributes: { role: "alert" } });
    const panel = element("section", { className: "panel admin-section", attributes: { "aria-labelledby": `${section.id}-heading`, "data-admin-section": section.id } },
      element("div", { className: "panel-heading" },
        element("h2", { text: section.label, attributes: { id: `${section.id}-heading` } }),
        ...(section.note ? [element("span", { className: "panel-note", text: section.note })] : [])),
      problem,
      body);
    drawn.set(section.id, panel);
    panels.append(panel);
    Promise.resolve()
      .then(() => section.render(body))
      .catch((/** @type {Error} */ error) => setText(problem, error.message));
  }
}

window.addEventListener("hashchange", () => show(window.location.hash.slice(1)));
show(window.location.hash.slice(1));
