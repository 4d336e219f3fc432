// Countdowns must agree with the server, not with the wall screen's own clock, which may be minutes off.
// Each message carries serverTime; transport delay only ever makes it look earlier than it is, so the
// largest recent offset is the best estimate.
const SAMPLES_KEPT = 20;

export class ServerClock {
  /** @type {number[]} */
  #offsets = [];
  #offset = 0;

  /**
   * Records the server's time as read from a message that has just arrived.
   * @param {string} serverTime ISO 8601 timestamp
   */
  observe(serverTime) {
    const server = Date.parse(serverTime);
    if (Number.isNaN(server)) {
      return;
    }
    this.#offsets.push(server - Date.now());
    if (this.#offsets.length > SAMPLES_KEPT) {
      this.#offsets.shift();
    }
    this.#offset = Math.max(...this.#offsets);
  }

  /** @returns {number} the server's current time in epoch milliseconds */
  now() {
    return Date.now() + this.#offset;
  }

  /** @returns {number} how far the server's clock is ahead of this one, in milliseconds */
  get offset() {
    return this.#offset;
  }
}
