import { BoardConnection } from "./board-connection.js";
import { element } from "./dom.js";

const KEEP = 5;

/**
 * Tells the signed-in agent, in whatever page is open, when someone names them (@name) in a work note
 * (SubscribeMentions, docs/board-protocol.md). Each notice links to the ticket and stays until dismissed.
 */
export function startMentionToasts() {
  const signalR = /** @type {any} */ (globalThis).signalR;
  const region = element("aside", { className: "mention-toasts", attributes: { "aria-live": "polite", "aria-label": "Mentions", "data-mentions": "" } });
  document.body.append(region);
  new BoardConnection({
    signalR,
    hubUrl: "/hubs/operations",
    method: "SubscribeMentions",
    args: [],
    onMessage: (/** @type {{ items: { id: string, incidentId: string, number: string, title: string, by: string, text: string }[] }} */ message) => {
      for (const mention of message.items) {
        const dismiss = element("button", { text: "Dismiss", attributes: { type: "button" } });
        const toast = element("div", { className: "mention-toast", attributes: { "data-mention": mention.number } },
          element("a", { text: `${mention.by} mentioned you on ${mention.number} · ${mention.title}`, attributes: { href: `/ticket.html?id=${encodeURIComponent(mention.incidentId)}` } }),
          element("p", { text: mention.text }),
          dismiss);
        dismiss.addEventListener("click", () => toast.remove());
        region.prepend(toast);
      }
      while (region.children.length > KEEP) {
        region.lastElementChild?.remove();
      }
    },
    onStateChange: () => {},
  }).start();
}
