import { retryDelay } from "./retry-policy.js";
import { startUntilConnected } from "./hub-start.js";

/** @typedef {import("./board-connection.js").ConnectionState} ConnectionState */

/**
 * What a stream on the page hears of the shared connection: it connected (or connected again after a drop), it is
 * reconnecting, it closed, or its state changed while trying.
 * @typedef {{ kind: "connected" } | { kind: "reconnecting" } | { kind: "closed" } | { kind: "state", state: ConnectionState, detail: string }} HubEvent
 */

const OFFLINE_AFTER_MS = 30_000;

/**
 * The page's one connection to the operations hub: every live part of the page (the board, the banner, the notices,
 * mentions, a ticket room) opens its stream on it. It reconnects by itself and tells each stream, which subscribes
 * again (streams do not survive a reconnect).
 */
class PageHub {
  #hubUrl;
  /** @type {any} signalR.HubConnection */
  #connection;
  /** @type {Set<(event: HubEvent) => void>} */
  #listeners = new Set();
  #started = false;
  #connecting = false;
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  #offlineTimer;

  /**
   * @param {any} signalR the global that lib/signalr/signalr.min.js defines
   * @param {string} hubUrl
   */
  constructor(signalR, hubUrl) {
    this.signalR = signalR;
    this.#hubUrl = hubUrl;
    this.#connection = new signalR.HubConnectionBuilder()
      // WebSockets straight away, without the negotiate round trip: any web host behind a load balancer can take the
      // connection (no sticky sessions), and a reconnect may land on another host.
      .withUrl(hubUrl, { transport: signalR.HttpTransportType.WebSockets, skipNegotiation: true })
      .withAutomaticReconnect({ nextRetryDelayInMilliseconds: (/** @type {any} */ context) => retryDelay(context.previousRetryCount) })
      .configureLogging(signalR.LogLevel.Warning)
      .build();
    this.#connection.onreconnecting(() => {
      this.#tell({ kind: "reconnecting" });
      this.#offlineTimer = setTimeout(() => this.#tell({ kind: "state", state: "offline", detail: "Offline, retrying" }), OFFLINE_AFTER_MS);
    });
    this.#connection.onreconnected(() => {
      clearTimeout(this.#offlineTimer);
      this.#tell({ kind: "connected" });
    });
    this.#connection.onclose(() => {
      clearTimeout(this.#offlineTimer);
      this.#tell({ kind: "closed" });
      void this.#connectUntilConnected();
    });
  }

  get connected() {
    return this.#connection.state === this.signalR.HubConnectionState.Connected;
  }

  /**
   * Follows the connection; connects it the first time anyone listens. A listener that joins a connected hub is told
   * at once.
   * @param {(event: HubEvent) => void} listener
   * @returns {() => void} stops listening
   */
  listen(listener) {
    this.#listeners.add(listener);
    if (!this.#started) {
      this.#started = true;
      void this.#connectUntilConnected();
    } else if (this.connected) {
      listener({ kind: "connected" });
    }
    return () => this.#listeners.delete(listener);
  }

  /**
   * @param {string} method
   * @param {...unknown} args
   */
  stream(method, ...args) {
    return this.#connection.stream(method, ...args);
  }

  /**
   * @param {string} method
   * @param {...unknown} args
   */
  invoke(method, ...args) {
    return this.#connection.invoke(method, ...args);
  }

  async #connectUntilConnected() {
    if (this.#connecting) {
      return;
    }
    this.#connecting = true;
    let connected;
    try {
      this.#tell({ kind: "state", state: "offline", detail: "Connecting" });
      connected = await startUntilConnected(this.#connection, this.#hubUrl, (state, detail) => this.#tell({ kind: "state", state, detail }));
    } finally {
      this.#connecting = false;
    }
    if (connected) {
      this.#tell({ kind: "connected" });
    }
  }

  /** @param {HubEvent} event */
  #tell(event) {
    for (const listener of [...this.#listeners]) {
      listener(event);
    }
  }
}

/** @type {Map<string, PageHub>} */
const hubs = new Map();

/**
 * The page's connection to a hub, made on first use.
 * @param {any} signalR
 * @param {string} hubUrl
 * @returns {PageHub}
 */
export function pageHub(signalR, hubUrl) {
  const key = new URL(hubUrl, window.location.href).href;
  let hub = hubs.get(key);
  if (!hub) {
    hub = new PageHub(signalR, hubUrl);
    hubs.set(key, hub);
  }
  return hub;
}
