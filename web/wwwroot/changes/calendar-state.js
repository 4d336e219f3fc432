// The change calendar's data: the latest row of each change in the watched range, and the freezes of the range.
// See docs/board-protocol.md (SubscribeChangeCalendar) for the message shapes.

/**
 * @typedef {object} ChangeWindow
 * @property {string} start
 * @property {string} end
 *
 * @typedef {object} ChangeConflict
 * @property {string} kind
 * @property {string} subject
 * @property {string} message
 *
 * @typedef {object} ChangeSummary
 * @property {string} id
 * @property {string} number
 * @property {"standard" | "normal" | "emergency"} type
 * @property {string} status
 * @property {string} title
 * @property {string | null} serviceId
 * @property {string | null} implementer
 * @property {ChangeWindow | null} window
 * @property {"low" | "moderate" | "high" | null} risk
 * @property {ChangeConflict[]} conflicts
 * @property {number} unresolvedConflicts
 * @property {number} version
 * @property {number} revision
 *
 * @typedef {object} FreezePeriod
 * @property {string} id
 * @property {string} name
 * @property {string} start
 * @property {string} end
 * @property {string[]} serviceIds
 *
 * @typedef {object} CalendarMessage
 * @property {number} seq
 * @property {"snapshot" | "delta"} kind
 * @property {string} serverTime
 * @property {ChangeSummary[]} changes
 * @property {FreezePeriod[] | null} freezes
 *
 * @typedef {object} CalendarRange
 * @property {string} from
 * @property {string} to
 * @property {string | null} serviceId
 */

/** Statuses in which a change's window may still be moved. */
const PLANNING = new Set(["new", "assess"]);

export class CalendarState {
  /** @type {Map<string, ChangeSummary>} */
  #changes = new Map();
  /** @type {FreezePeriod[]} */
  freezes = [];
  /** @type {CalendarRange | null} */
  range = null;
  /** @type {string | null} */
  lastUpdate = null;

  /**
   * Applies a stream message; returns the ids of the changes it touched.
   * @param {CalendarMessage} message
   * @returns {Set<string>}
   */
  apply(message) {
    if (message.kind === "snapshot") {
      this.#changes.clear();
      this.freezes = message.freezes ?? [];
    }
    const touched = new Set();
    for (const change of message.changes) {
      const known = this.#changes.get(change.id);
      if (known && known.revision >= change.revision) {
        continue;
      }
      if (this.includes(change)) {
        this.#changes.set(change.id, change);
      } else {
        this.#changes.delete(change.id);
      }
      touched.add(change.id);
    }
    this.lastUpdate = message.serverTime;
    return touched;
  }

  /**
   * Whether the change belongs on the calendar of the current range.
   * @param {ChangeSummary} change
   */
  includes(change) {
    if (!change.window || change.status === "cancelled" || !this.range) {
      return false;
    }
    const overlaps = Date.parse(change.window.start) < Date.parse(this.range.to) && Date.parse(this.range.from) < Date.parse(change.window.end);
    return overlaps && (!this.range.serviceId || change.serviceId === this.range.serviceId);
  }

  /** @param {string} id */
  get(id) {
    return this.#changes.get(id);
  }

  /** The calendar's events: freezes as background, changes coloured by risk and marked when they conflict. */
  toEvents() {
    const freezes = this.freezes.map((freeze) => ({
      id: `freeze:${freeze.id}`,
      start: new Date(freeze.start),
      end: new Date(freeze.end),
      title: `Freeze: ${freeze.name}`,
      display: "background",
      classNames: ["freeze"],
      resourceIds: freeze.serviceIds,
    }));
    const changes = [...this.#changes.values()].map((change) => ({
      id: change.id,
      start: new Date(/** @type {ChangeWindow} */ (change.window).start),
      end: new Date(/** @type {ChangeWindow} */ (change.window).end),
      title: `${change.number} ${change.title}`,
      resourceIds: change.serviceId ? [change.serviceId] : [],
      editable: PLANNING.has(change.status),
      classNames: [
        "change",
        `status-${change.status}`,
        `risk-${change.risk ?? "unassessed"}`,
        `type-${change.type}`,
        ...(change.unresolvedConflicts > 0 ? ["conflicted"] : change.conflicts.length > 0 ? ["conflicts-overridden"] : []),
      ],
      extendedProps: { changeId: change.id },
    }));
    return [...freezes, ...changes];
  }
}
