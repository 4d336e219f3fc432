import { element, flash } from "../shell/dom.js";
import { formatClockTime } from "../shell/format.js";
import { FEED_LENGTH } from "./board-state.js";

/** @typedef {import("./board-state.js").FeedEntry} FeedEntry */
/** @typedef {import("./board-state.js").BoardChanges} BoardChanges */
/** @typedef {import("./board-state.js").BoardState} BoardState */

/** @type {Record<string, string>} */
const KIND_LABELS = {
  created: "New",
  updated: "Updated",
  assigned: "Assigned",
  statusChanged: "Status",
  commented: "Comment",
  slaThreshold: "SLA",
};

/**
 * @param {FeedEntry} entry
 * @returns {HTMLLIElement}
 */
function renderEntry(entry) {
  if (entry.type === "dropped") {
    const lines = entry.count === 1 ? "line" : "lines";
    return element(
      "li",
      { className: "feed-item feed-gap" },
      element("time", { className: "feed-time", text: formatClockTime(Date.parse(entry.at)), attributes: { datetime: entry.at } }),
      element("span", { className: "feed-text", text: `${entry.count} feed ${lines} skipped during a burst` }),
    );
  }
  const { activity } = entry;
  return element(
    "li",
    {
      className: "feed-item",
      attributes: { "data-activity-kind": activity.kind, "data-incident-id": activity.incidentId, "data-priority": activity.priority },
    },
    element("time", { className: "feed-time", text: formatClockTime(Date.parse(activity.at)), attributes: { datetime: activity.at } }),
    element("span", { className: "feed-kind", text: KIND_LABELS[activity.kind] ?? activity.kind }),
    element("span", { className: "feed-number", text: activity.number }),
    element("span", { className: "priority", text: activity.priority, attributes: { "data-priority": activity.priority } }),
    element("span", { className: "feed-text", text: activity.text }),
  );
}

/** The activity feed, newest on top. */
export class ActivityFeed {
  #list;

  /** @param {HTMLOListElement | HTMLUListElement} list */
  constructor(list) {
    this.#list = list;
  }

  /**
   * @param {BoardState} state
   * @param {BoardChanges} changes
   */
  update(state, changes) {
    if (changes.snapshot) {
      this.#list.replaceChildren(...state.feed.map(renderEntry).reverse());
      return;
    }
    for (const entry of changes.feedAdded) {
      const item = renderEntry(entry);
      this.#list.prepend(item);
      flash(item, "is-arriving");
    }
    while (this.#list.childElementCount > FEED_LENGTH) {
      this.#list.lastElementChild?.remove();
    }
  }
}
