// Who else is on the ticket and what they are doing, one line per person.
import { element } from "../shell/dom.js";

const DOING = {
  viewing: () => "viewing",
  idle: () => "idle",
  editing: (/** @type {string | null} */ field) => `editing ${field ?? "a field"}`,
  typingReply: () => "typing a public reply",
  typingNote: () => "typing a work note",
};

/** Busier activities win when one person has several tabs open. */
const RANK = ["idle", "viewing", "editing", "typingNote", "typingReply"];

/**
 * @param {HTMLElement} list
 * @param {import("./ticket-state.js").Viewer[]} viewers
 * @param {string} me the signed-in user, left out
 */
export function showPresence(list, viewers, me) {
  /** @type {Map<string, import("./ticket-state.js").Viewer>} */
  const people = new Map();
  for (const viewer of viewers) {
    const known = people.get(viewer.user);
    if (viewer.user !== me && (!known || RANK.indexOf(viewer.activity) > RANK.indexOf(known.activity))) {
      people.set(viewer.user, viewer);
    }
  }
  list.replaceChildren(...[...people.values()].map((viewer) => {
    const doing = /** @type {Record<string, (field: string | null) => string>} */ (DOING)[viewer.activity]?.(viewer.field) ?? viewer.activity;
    return element("li", {
      className: `presence-${viewer.activity}`,
      text: `${viewer.user} · ${doing}`,
      attributes: { "data-viewer": viewer.user, "data-activity": viewer.activity },
    });
  }));
}
