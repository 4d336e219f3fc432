import { setText } from "../shell/dom.js";
import { formatClockTime, formatDate } from "../shell/format.js";

/** @typedef {import("../shell/board-connection.js").ConnectionState} ConnectionState */

/** The header: scope, the wall clock and the connection state (also set on <body> for styling and tests). */
export class HeaderView {
  #clock;
  #date;
  #connectionLabel;
  #lastUpdate;

  /** @param {ParentNode} root */
  constructor(root) {
    this.#clock = /** @type {HTMLElement} */ (root.querySelector("[data-clock]"));
    this.#date = /** @type {HTMLElement} */ (root.querySelector("[data-date]"));
    this.#connectionLabel = /** @type {HTMLElement} */ (root.querySelector("[data-connection-label]"));
    this.#lastUpdate = /** @type {HTMLElement} */ (root.querySelector("[data-last-update]"));
  }

  /**
   * @param {string} label
   */
  showScope(label) {
    for (const node of document.querySelectorAll("[data-scope]")) {
      setText(node, label);
    }
    document.title = `${label} \u00b7 ItsmOrleans NOC board`;
  }

  /** @param {number} now epoch milliseconds */
  tick(now) {
    setText(this.#clock, formatClockTime(now));
    setText(this.#date, formatDate(now));
  }

  /**
   * @param {ConnectionState} state
   * @param {string} detail
   */
  showConnection(state, detail) {
    document.body.dataset.connectionState = state;
    setText(this.#connectionLabel, detail);
  }

  /** @param {string | null} serverTime */
  showLastUpdate(serverTime) {
    const at = serverTime ? Date.parse(serverTime) : Number.NaN;
    setText(this.#lastUpdate, Number.isNaN(at) ? "No data yet" : `Last update ${formatClockTime(at)}`);
  }
}
