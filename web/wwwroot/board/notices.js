import { BoardConnection } from "./board-connection.js";
import { element } from "./dom.js";

/**
 * An operational notice (SubscribeNotices, docs/board-protocol.md).
 * @typedef {object} BoardNotice
 * @property {string} key
 * @property {"licenceOverused" | "contractExpiring" | "contractExpired"} kind
 * @property {string} text
 * @property {string} since
 * @property {boolean} active
 * @property {number} revision
 */

const LABELS = { licenceOverused: "Licence over-used", contractExpiring: "Contract expiring", contractExpired: "Contract expired" };

/** The board's list of operational notices, live: over-used licences and expiring contracts. */
export class Notices {
  /** @type {Map<string, BoardNotice>} */
  #notices = new Map();
  #node;

  /** @param {HTMLElement} node */
  constructor(node) {
    this.#node = node;
  }

  /** @param {any} signalR */
  start(signalR) {
    new BoardConnection({
      signalR,
      hubUrl: "/hubs/operations",
      method: "SubscribeNotices",
      args: [],
      onMessage: (/** @type {any} */ message) => this.#apply(message),
      onStateChange: () => {},
    }).start();
  }

  /** @param {{ kind: "snapshot" | "delta", items: BoardNotice[] }} message */
  #apply(message) {
    if (message.kind === "snapshot") {
      this.#notices.clear();
    }
    for (const notice of message.items) {
      const known = this.#notices.get(notice.key);
      if (known && known.revision >= notice.revision) {
        continue;
      }
      if (notice.active) {
        this.#notices.set(notice.key, notice);
      } else {
        this.#notices.delete(notice.key);
      }
    }
    const notices = [...this.#notices.values()].sort((a, b) => a.since.localeCompare(b.since));
    this.#node.hidden = notices.length === 0;
    this.#node.replaceChildren(
      element("h3", { text: "Notices" }),
      ...notices.map((notice) => element("p", {
        className: `notice notice-${notice.kind}`,
        attributes: { "data-notice": notice.key },
        text: `${LABELS[notice.kind] ?? notice.kind}: ${notice.text}`,
      })),
    );
  }
}

/** Starts the notices on a page that has a [data-notices] element. */
export function startNotices() {
  const node = document.querySelector("[data-notices]");
  const signalR = /** @type {any} */ (globalThis).signalR;
  if (node instanceof HTMLElement && signalR) {
    new Notices(node).start(signalR);
  }
}
