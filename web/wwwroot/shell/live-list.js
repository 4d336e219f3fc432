import { BoardConnection } from "./board-connection.js";

/**
 * Keeps a live list from one of the hub's live-list streams (docs/board-protocol.md): a snapshot replaces every item,
 * a delta replaces the items it names when their revision is higher, and an item that is no longer live leaves.
 * @template {{ revision: number }} T
 * @param {object} options
 * @param {any} options.signalR the global signalR client
 * @param {string} options.method the hub's stream method, such as "SubscribeNotices"
 * @param {(item: T) => string} options.key
 * @param {(item: T) => boolean} options.isLive
 * @param {(items: T[]) => void} options.onChange called with every live item after each message
 */
export function subscribeLiveList({ signalR, method, key, isLive, onChange }) {
  /** @type {Map<string, T>} */
  const items = new Map();
  new BoardConnection({
    signalR,
    hubUrl: "/hubs/operations",
    method,
    args: [],
    onMessage: (/** @type {{ kind: "snapshot" | "delta", items: T[] }} */ message) => {
      if (message.kind === "snapshot") {
        items.clear();
      }
      for (const item of message.items) {
        const known = items.get(key(item));
        if (known && known.revision >= item.revision) {
          continue;
        }
        if (isLive(item)) {
          items.set(key(item), item);
        } else {
          items.delete(key(item));
        }
      }
      onChange([...items.values()]);
    },
    onStateChange: () => {},
  }).start();
}

/**
 * Shows a live list in the page's element for it, rendered again after each message; a page without that element,
 * or without the SignalR client, shows nothing.
 * @template {{ revision: number }} T
 * @param {object} options
 * @param {string} options.selector the element, such as "[data-notices]"
 * @param {string} options.method the hub's stream method
 * @param {(item: T) => string} options.key
 * @param {(item: T) => boolean} options.isLive
 * @param {(node: HTMLElement, items: T[]) => void} options.render called with every live item after each message
 */
export function startLivePanel({ selector, method, key, isLive, render }) {
  const node = document.querySelector(selector);
  const signalR = /** @type {any} */ (globalThis).signalR;
  if (node instanceof HTMLElement && signalR) {
    subscribeLiveList({ signalR, method, key, isLive, onChange: (/** @type {T[]} */ items) => render(node, items) });
  }
}
