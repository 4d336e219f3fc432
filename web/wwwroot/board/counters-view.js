import { element, setText } from "../shell/dom.js";

/** @typedef {import("./protocol.js").BoardCounters} BoardCounters */

/**
 * @typedef {object} CounterTile
 * @property {string} key the data-counter value
 * @property {string} label
 * @property {string} group "priority", "total" or "status"
 * @property {(counters: BoardCounters) => number} read
 * @property {boolean} [alarm] highlighted while non-zero
 */

/** @type {CounterTile[]} */
const TILES = [
  ...["P1", "P2", "P3", "P4", "P5"].map((priority) => ({
    key: priority,
    label: priority,
    group: "priority",
    read: (/** @type {BoardCounters} */ c) => c.byPriority?.[/** @type {"P1"} */ (priority)] ?? 0,
    alarm: priority === "P1" || priority === "P2",
  })),
  { key: "open", label: "Open", group: "total", read: (c) => c.open ?? 0 },
  { key: "breached", label: "Breached", group: "total", read: (c) => c.breached ?? 0, alarm: true },
  ...[["new", "New"], ["assigned", "Assigned"], ["inProgress", "In progress"], ["onHold", "On hold"], ["resolved", "Resolved"]]
    .map(([status, label]) => ({
      key: status,
      label,
      group: "status",
      read: (/** @type {BoardCounters} */ c) => c.byStatus?.[/** @type {"new"} */ (status)] ?? 0,
    })),
];

/** The counter tiles, shown exactly as the server counted. */
export class CountersView {
  /** @type {Map<string, { tile: CounterTile, node: HTMLElement, value: HTMLElement }>} */
  #tiles = new Map();

  /** @param {HTMLElement} container */
  constructor(container) {
    for (const tile of TILES) {
      const value = element("span", { className: "value", text: "\u2013" });
      const node = element(
        "div",
        { className: `counter counter-${tile.group}`, attributes: { "data-counter": tile.key, role: "group", "aria-label": tile.label } },
        element("span", { className: "label", text: tile.label }),
        value,
      );
      container.append(node);
      this.#tiles.set(tile.key, { tile, node, value });
    }
  }

  /** @param {BoardCounters | null} counters */
  show(counters) {
    if (!counters) {
      return;
    }
    for (const { tile, node, value } of this.#tiles.values()) {
      const count = tile.read(counters);
      setText(value, String(count));
      node.classList.toggle("is-alarm", Boolean(tile.alarm) && count > 0);
      node.classList.toggle("is-zero", count === 0);
    }
  }
}
