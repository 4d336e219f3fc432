/** @typedef {import("./protocol.js").BoardMessage} BoardMessage */
/** @typedef {import("./protocol.js").IncidentSummary} IncidentSummary */
/** @typedef {import("./protocol.js").BoardCounters} BoardCounters */
/** @typedef {import("./protocol.js").BoardActivity} BoardActivity */

/** How many feed lines the board keeps. */
export const FEED_LENGTH = 50;

/**
 * A line of the feed: an activity, or a note that the server dropped some in a burst.
 * @typedef {{ type: "activity", activity: BoardActivity } | { type: "dropped", count: number, at: string }} FeedEntry
 */

/**
 * What one message changed, for the views to update only that.
 * @typedef {object} BoardChanges
 * @property {boolean} snapshot
 * @property {Set<string>} added ids of incidents the board did not know
 * @property {Set<string>} updated ids of known incidents with a newer revision
 * @property {Set<string>} removed ids no longer on the board
 * @property {FeedEntry[]} feedAdded new feed lines, oldest first
 */

/** The board as last told by the server: incidents by id, counters and the recent feed. */
export class BoardState {
  /** @type {Map<string, IncidentSummary>} */
  incidents = new Map();

  /** @type {BoardCounters | null} */
  counters = null;

  /** @type {FeedEntry[]} oldest first */
  feed = [];

  /** @type {string | null} serverTime of the last message applied */
  lastUpdate = null;

  /** @type {boolean} whether a snapshot was ever applied */
  hasData = false;

  /**
   * Applies a snapshot (replaces everything) or a delta (merges).
   * @param {BoardMessage} message
   * @returns {BoardChanges}
   */
  apply(message) {
    const snapshot = message.kind === "snapshot";
    /** @type {BoardChanges} */
    const changes = { snapshot, added: new Set(), updated: new Set(), removed: new Set(), feedAdded: [] };

    if (snapshot) {
      const incoming = new Set((message.incidents ?? []).map((incident) => incident.id));
      for (const id of this.incidents.keys()) {
        if (!incoming.has(id)) {
          changes.removed.add(id);
        }
      }
      const previous = this.incidents;
      this.incidents = new Map();
      for (const incident of message.incidents ?? []) {
        const known = previous.get(incident.id);
        this.incidents.set(incident.id, incident);
        if (!known) {
          changes.added.add(incident.id);
        } else if (known.revision !== incident.revision) {
          changes.updated.add(incident.id);
        }
      }
      this.feed = [];
    } else {
      for (const incident of message.incidents ?? []) {
        this.#merge(incident, changes);
      }
      for (const patch of message.changed ?? []) {
        const known = this.incidents.get(patch.id);
        if (known) {
          this.#merge(/** @type {IncidentSummary} */ (patched(known, patch)), changes);
        } else {
          console.warn(`Board patch for ${patch.id}, which this board does not show; ignored.`);
        }
      }
      for (const id of message.removed ?? []) {
        if (this.incidents.delete(id)) {
          changes.removed.add(id);
        }
      }
    }

    if (message.counters) {
      this.counters = message.counters;
    }
    this.#appendFeed(message, changes);
    this.lastUpdate = message.serverTime;
    this.hasData = true;
    return changes;
  }

  /**
   * @param {IncidentSummary} incident
   * @param {BoardChanges} changes
   */
  #merge(incident, changes) {
    const known = this.incidents.get(incident.id);
    if (known && incident.revision < known.revision) {
      return; // an older row that arrived late
    }
    if (incident.isOpen === false) {
      if (this.incidents.delete(incident.id)) {
        changes.removed.add(incident.id);
      }
      return;
    }
    this.incidents.set(incident.id, incident);
    (known ? changes.updated : changes.added).add(incident.id);
  }

  /**
   * @param {BoardMessage} message
   * @param {BoardChanges} changes
   */
  #appendFeed(message, changes) {
    if (message.droppedActivities > 0) {
      changes.feedAdded.push({ type: "dropped", count: message.droppedActivities, at: message.serverTime });
    }
    for (const activity of message.activity ?? []) {
      changes.feedAdded.push({ type: "activity", activity });
    }
    this.feed.push(...changes.feedAdded);
    if (this.feed.length > FEED_LENGTH) {
      this.feed.splice(0, this.feed.length - FEED_LENGTH);
    }
  }
}

/**
 * A row with a patch merged in: the patch's fields replace the row's, and nested objects (the SLA clocks) are merged
 * field by field.
 * @param {Record<string, any>} row
 * @param {Record<string, any>} patch
 * @returns {Record<string, any>}
 */
export function patched(row, patch) {
  const merged = { ...row };
  for (const [name, value] of Object.entries(patch)) {
    const current = merged[name];
    merged[name] = isPlainObject(value) && isPlainObject(current) ? patched(current, value) : value;
  }
  return merged;
}

/** @param {unknown} value */
function isPlainObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
