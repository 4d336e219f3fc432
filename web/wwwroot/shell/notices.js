import { subscribeLiveList } from "./live-list.js";
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
  #node;

  /** @param {HTMLElement} node */
  constructor(node) {
    this.#node = node;
  }

  /** @param {any} signalR */
  start(signalR) {
    subscribeLiveList({
      signalR,
      method: "SubscribeNotices",
      key: (/** @type {BoardNotice} */ notice) => notice.key,
      isLive: (/** @type {BoardNotice} */ notice) => notice.active,
      onChange: (/** @type {BoardNotice[]} */ items) => this.#render(items),
    });
  }

  /** @param {BoardNotice[]} items */
  #render(items) {
    const notices = [...items].sort((a, b) => a.since.localeCompare(b.since));
    this.#node.hidden = notices.length === 0;
    this.#node.replaceChildren(
      element("h2", { text: "Notices" }),
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
