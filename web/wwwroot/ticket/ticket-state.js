// What the ticket room holds: the ticket's fields (the newest version wins), its timeline by sequence, who is here.

/**
 * @typedef {{ entry: { sequence: number, version: number, at: string, actor: string, kind: string, changes: { field: string, old: string | null, new: string | null }[], note: string | null },
 *             comment: { id: number, author: string, visibility: string, text: string } | null }} TimelineItem
 * @typedef {{ connection: string, user: string, activity: string, field: string | null, since: string }} Viewer
 */

export class TicketState {
  /** @type {any} the IncidentView */
  incident = null;
  /** @type {Map<number, TimelineItem>} */
  timeline = new Map();
  /** @type {Viewer[]} */
  viewers = [];

  get lastSequence() {
    let last = 0;
    for (const sequence of this.timeline.keys()) {
      last = Math.max(last, sequence);
    }
    return last;
  }

  /**
   * Applies a room message; a complete timeline replaces the one held, otherwise new items are added once.
   * @param {any} message
   * @returns {{ fields: boolean, added: TimelineItem[], presence: boolean }}
   */
  apply(message) {
    if (message.complete) {
      this.timeline.clear();
    }
    /** @type {TimelineItem[]} */
    const added = [];
    for (const item of message.timeline) {
      if (!this.timeline.has(item.entry.sequence)) {
        this.timeline.set(item.entry.sequence, item);
        added.push(item);
      }
    }
    const fields = message.incident !== null && (this.incident === null || message.incident.version > this.incident.version);
    if (fields) {
      this.incident = message.incident;
    }
    if (message.viewers) {
      this.viewers = message.viewers;
    }
    return { fields, added, presence: message.viewers !== null };
  }

  /**
   * Who last changed a field, and when, as the timeline tells it.
   * @param {string} field
   * @returns {{ actor: string, at: string, value: string | null } | null}
   */
  lastChange(field) {
    const items = [...this.timeline.values()].sort((a, b) => b.entry.sequence - a.entry.sequence);
    for (const item of items) {
      const change = item.entry.changes.find((c) => c.field === field);
      if (change) {
        return { actor: item.entry.actor, at: item.entry.at, value: change.new };
      }
    }
    return null;
  }
}
