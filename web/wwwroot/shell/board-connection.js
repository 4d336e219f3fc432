import { retryDelay } from "./retry-policy.js";
import { isRefusal } from "./hub-refusal.js";
import { pageHub } from "./page-hub.js";

/** @typedef {import("../board/protocol.js").BoardMessage} BoardMessage */
/** @typedef {import("../board/protocol.js").BoardScope} BoardScope */
/** @typedef {"live" | "reconnecting" | "offline"} ConnectionState */

const RESUBSCRIBE_WINDOW_MS = 60_000;

/**
 * Keeps one stream of the operations hub open (SubscribeBoard unless told otherwise) on the page's shared connection
 * (page-hub.js): subscribes once the connection is up, again after each reconnect (streams do not survive one) and
 * whenever a message is missing from the sequence, so that a fresh snapshot brings the page back in step.
 */
export class BoardConnection {
  #method;
  /** @type {unknown[] | (() => unknown[])} */
  #args;
  #onMessage;
  #onStateChange;
  /** @type {((error: unknown) => boolean) | undefined} */
  #onStreamError;
  #hub;
  /** @type {(() => void) | null} */
  #stopListening = null;
  /** @type {{ dispose(): void } | null} */
  #subscription = null;
  /** Tells the callbacks of a disposed stream apart from the current one. */
  #generation = 0;
  /** @type {number | null} the next message's seq; null until the stream's first snapshot */
  #expectedSeq = null;
  /** @type {number[]} when recent resubscriptions happened, to back off when they keep failing */
  #resubscribedAt = [];
  /** @type {ConnectionState} */
  #state = "offline";

  /**
   * @param {object} options
   * @param {any} options.signalR the global that lib/signalr/signalr.min.js defines
   * @param {string} options.hubUrl
   * @param {BoardScope} [options.scope] the board's scope (SubscribeBoard's argument)
   * @param {string} [options.method] the hub stream to open
   * @param {unknown[] | (() => unknown[])} [options.args] its arguments, instead of the scope; a function is asked at each
   *   subscription (a ticket room resumes from the last sequence it holds)
   * @param {(message: BoardMessage) => void} options.onMessage
   * @param {(state: ConnectionState, detail: string) => void} options.onStateChange
   * @param {(error: unknown) => boolean} [options.onStreamError] told when the stream fails; true stops retrying (the
   *   subscription can never succeed, say the record does not exist)
   */
  constructor({ signalR, hubUrl, scope, method = "SubscribeBoard", args, onMessage, onStateChange, onStreamError }) {
    this.#hub = pageHub(signalR, hubUrl);
    this.#method = method;
    this.#args = args ?? [scope];
    this.#onMessage = onMessage;
    this.#onStateChange = onStateChange;
    this.#onStreamError = onStreamError;
  }

  /** Subscribes once the page's connection is up; follows it through reconnects for as long as the page lives. */
  start() {
    this.#setState("offline", "Connecting");
    this.#stopListening ??= this.#hub.listen((event) => {
      switch (event.kind) {
        case "connected":
          this.#setState("reconnecting", "Synchronising");
          this.#subscribe();
          break;
        case "reconnecting":
          this.#unsubscribe();
          this.#setState("reconnecting", "Reconnecting");
          break;
        case "closed":
          this.#unsubscribe();
          this.#setState("offline", "Offline");
          break;
        case "state":
          this.#setState(event.state, event.detail);
          break;
      }
    });
  }

  #subscribe() {
    this.#unsubscribe();
    const generation = ++this.#generation;
    this.#expectedSeq = null;
    const isCurrent = () => generation === this.#generation;

    const args = typeof this.#args === "function" ? this.#args() : this.#args;
    this.#subscription = this.#hub.stream(this.#method, ...args).subscribe({
      next: (/** @type {BoardMessage} */ message) => {
        if (isCurrent()) {
          this.#receive(message);
        }
      },
      error: (/** @type {unknown} */ error) => {
        if (isCurrent()) {
          console.warn("Board stream failed.", error);
          if (isRefusal(error)) {
            // Anyone signed in may connect; this stream is for other roles (a requester opened a board): retrying cannot help.
            this.#unsubscribe();
            this.#setState("offline", "This account may not watch boards");
            return;
          }
          if (this.#onStreamError?.(error)) {
            this.#unsubscribe();
            this.#setState("offline", "Stopped");
            return;
          }
          this.#setState("reconnecting", "Resynchronising");
          this.#resubscribeLater();
        }
      },
      complete: () => {
        if (isCurrent()) {
          this.#setState("reconnecting", "Resynchronising");
          this.#resubscribeLater();
        }
      },
    });
  }

  /** @param {BoardMessage} message */
  #receive(message) {
    // A snapshot replaces everything, so it is always in step (a board's carries its scope's number, not 1);
    // a delta must follow the previous message.
    const inStep = message.kind === "snapshot" || (this.#expectedSeq !== null && message.seq === this.#expectedSeq);
    if (!inStep) {
      console.info(`Board stream expected message ${this.#expectedSeq} but got ${message.seq}; resubscribing for a fresh snapshot.`);
      this.#resubscribeLater();
      return;
    }
    this.#expectedSeq = message.seq + 1;
    try {
      this.#onMessage(message);
    } catch (error) {
      console.error("Board message could not be shown.", error);
    }
    if (message.kind === "snapshot") {
      this.#setState("live", "Live");
    }
  }

  /** Resubscribes at once, or after a growing delay when resubscriptions keep happening. */
  #resubscribeLater() {
    this.#unsubscribe();
    if (!this.#hub.connected) {
      return; // the hub tells this stream when it is connected again
    }
    const now = Date.now();
    this.#resubscribedAt = this.#resubscribedAt.filter((at) => now - at < RESUBSCRIBE_WINDOW_MS);
    const wait = retryDelay(this.#resubscribedAt.length);
    this.#resubscribedAt.push(now);
    const generation = this.#generation;
    setTimeout(() => {
      if (generation === this.#generation && this.#hub.connected) {
        this.#subscribe();
      }
    }, wait);
  }

  /**
   * Streams with new arguments (say, another calendar range): the next message is a fresh snapshot.
   * @param {unknown[]} args
   */
  resubscribe(args) {
    this.#args = args;
    if (this.#hub.connected) {
      this.#subscribe();
    }
  }

  /**
   * Calls a hub method on this connection when it is connected; otherwise does nothing (presence is repeated anyway).
   * @param {string} method
   * @param {...unknown} args
   */
  async invoke(method, ...args) {
    if (this.#hub.connected) {
      await this.#hub.invoke(method, ...args);
    }
  }

  #unsubscribe() {
    this.#generation++;
    const subscription = this.#subscription;
    this.#subscription = null;
    try {
      subscription?.dispose();
    } catch (error) {
      console.debug("Disposing the board stream failed; the connection is gone anyway.", error);
    }
  }

  /**
   * @param {ConnectionState} state
   * @param {string} detail
   */
  #setState(state, detail) {
    this.#state = state;
    this.#onStateChange(state, detail);
  }

  /** @returns {ConnectionState} */
  get state() {
    return this.#state;
  }
}
