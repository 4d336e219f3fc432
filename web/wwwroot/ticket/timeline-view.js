// The ticket's timeline, newest first: public replies and internal work notes each labelled as such, changes with old
// and new values.
import { element } from "../shell/dom.js";

const TIME = new Intl.DateTimeFormat(undefined, { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", second: "2-digit" });

/** @param {import("./ticket-state.js").TimelineItem} item */
function describe(item) {
  const { entry, comment } = item;
  if (comment) {
    const internal = comment.visibility === "workNote";
    return [
      element("span", { className: `comment-label ${internal ? "work-note" : "public-reply"}`, text: internal ? "Internal work note" : "Public reply" }),
      element("span", { text: ` ${comment.author}: ${comment.text}` }),
    ];
  }
  const changes = entry.changes.map((c) => `${c.field}: ${c.old ?? "—"} → ${c.new ?? "—"}`).join("; ");
  // The note says why (a reopened ticket's reason, say), so it shows beside the changes too.
  return [element("span", { text: `${entry.actor} · ${entry.kind}${changes ? ` · ${changes}` : ""}${entry.note ? ` · ${entry.note}` : ""}` })];
}

/**
 * @param {HTMLElement} list
 * @param {import("./ticket-state.js").TimelineItem[]} items
 */
export function showTimeline(list, items) {
  list.replaceChildren(...[...items].sort((a, b) => b.entry.sequence - a.entry.sequence).map((item) =>
    element("li", {
      className: `kind-${item.entry.kind}`,
      attributes: { "data-sequence": String(item.entry.sequence), ...(item.comment ? { "data-visibility": item.comment.visibility } : {}) },
    }, element("time", { text: `${TIME.format(new Date(item.entry.at))} `, attributes: { datetime: item.entry.at } }), ...describe(item))));
}
