import { BoardConnection } from "../shell/board-connection.js";
import { element, setText } from "../shell/dom.js";

/**
 * Who is on a ticket (SubscribePresence, docs/board-protocol.md).
 * @typedef {{ incidentId: string, revision: number, viewers: { user: string, activity: string, field: string | null }[] }} TicketPresence
 */

const BUSY = new Set(["editing", "typingReply", "typingNote"]);

/** Marks each board row with the people on its ticket, and who of them is editing or typing. */
export class PresenceBadges {
  /** @type {Map<string, TicketPresence>} */
  #rooms = new Map();
  #rows;

  /** @param {HTMLElement} rows the table body */
  constructor(rows) {
    this.#rows = rows;
  }

  /** @param {any} signalR */
  start(signalR) {
    new BoardConnection({
      signalR,
      hubUrl: "/hubs/operations",
      method: "SubscribePresence",
      args: [],
      onMessage: (/** @type {{ kind: string, items: TicketPresence[] }} */ message) => {
        if (message.kind === "snapshot") {
          this.#rooms.clear();
        }
        for (const room of message.items) {
          const known = this.#rooms.get(room.incidentId);
          if (known && known.revision >= room.revision) {
            continue;
          }
          if (room.viewers.length > 0) {
            this.#rooms.set(room.incidentId, room);
          } else {
            this.#rooms.delete(room.incidentId);
          }
        }
        this.render();
      },
      onStateChange: () => {},
    }).start();
  }

  /** Puts the badges on the rows as they are now; call it again when rows come and go. */
  render() {
    for (const row of /** @type {NodeListOf<HTMLElement>} */ (this.#rows.querySelectorAll("tr[data-incident-id]"))) {
      const room = this.#rooms.get(row.dataset.incidentId ?? "");
      const people = [...new Set(room?.viewers.map((v) => v.user) ?? [])];
      const busy = room?.viewers.find((v) => BUSY.has(v.activity));
      const cell = /** @type {HTMLElement} */ (row.querySelector("td.number"));
      let badge = /** @type {HTMLElement | null} */ (cell.querySelector(".presence-badge"));
      if (people.length === 0) {
        badge?.remove();
        continue;
      }
      if (!badge) {
        badge = element("span", { className: "presence-badge" });
        cell.append(badge);
      }
      setText(badge, busy ? `${people.length} on it · ${busy.user} ${busy.activity === "editing" ? "editing" : "typing"}` : `${people.length} on it`);
      badge.title = (room?.viewers ?? []).map((v) => `${v.user}: ${v.activity}${v.field ? ` ${v.field}` : ""}`).join("\n");
      badge.dataset.people = String(people.length);
      badge.dataset.busy = String(Boolean(busy));
    }
  }
}
