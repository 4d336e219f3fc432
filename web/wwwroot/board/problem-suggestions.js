import { BoardConnection } from "../shell/board-connection.js";
import { element } from "../shell/dom.js";

/**
 * A service's suggested problem (ServiceSummary.suggestion in the SubscribeServiceMap stream).
 * @typedef {object} ProblemSuggestion
 * @property {string} serviceId
 * @property {string} serviceName
 * @property {string[]} incidentIds
 * @property {string[]} incidentNumbers
 * @property {string} firstIncidentAt
 * @property {string} raisedAt
 */

/**
 * "5 incidents on Email in 30 minutes: create a problem?" on the board, live from the service stream; agents can turn a
 * suggestion into a problem or dismiss it from here.
 */
export class ProblemSuggestions {
  /** @type {Map<string, { revision: number, suggestion: ProblemSuggestion | null }>} */
  #services = new Map();
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
      method: "SubscribeServiceMap",
      args: [],
      onMessage: (/** @type {any} */ message) => this.#apply(message),
      onStateChange: () => {},
    }).start();
  }

  /** @param {{ kind: "snapshot" | "delta", items: { id: string, revision: number, suggestion: ProblemSuggestion | null }[] }} message */
  #apply(message) {
    if (message.kind === "snapshot") {
      this.#services.clear();
    }
    for (const service of message.items) {
      const known = this.#services.get(service.id);
      if (!known || known.revision < service.revision) {
        this.#services.set(service.id, { revision: service.revision, suggestion: service.suggestion ?? null });
      }
    }
    this.#render();
  }

  #render() {
    const suggestions = [...this.#services.values()].map((s) => s.suggestion).filter((s) => s !== null);
    this.#node.hidden = suggestions.length === 0;
    this.#node.replaceChildren(
      element("h3", { text: "Suggested problems" }),
      ...suggestions.map((suggestion) => this.#item(/** @type {ProblemSuggestion} */ (suggestion))),
    );
  }

  /** @param {ProblemSuggestion} suggestion */
  #item(suggestion) {
    const minutes = Math.max(1, Math.round((Date.parse(suggestion.raisedAt) - Date.parse(suggestion.firstIncidentAt)) / 60_000));
    const create = element("button", { text: "Create problem", attributes: { type: "button" } });
    const dismiss = element("button", { text: "Dismiss", attributes: { type: "button" } });
    const outcome = element("span", { className: "suggestion-outcome" });
    const act = async (/** @type {string} */ method, /** @type {string} */ path) => {
      const response = await fetch(path, { method, headers: { Accept: "application/json" } });
      outcome.textContent = response.ok ? "" : response.status === 403 ? "Only agents act on suggestions." : `Failed (${response.status}).`;
    };
    create.addEventListener("click", () => void act("POST", `/api/problem-suggestions/${encodeURIComponent(suggestion.serviceId)}/problem`));
    dismiss.addEventListener("click", () => void act("DELETE", `/api/problem-suggestions/${encodeURIComponent(suggestion.serviceId)}`));
    return element("div", { className: "suggestion", attributes: { "data-suggestion-service": suggestion.serviceId } },
      element("p", { text: `${suggestion.incidentIds.length} incidents on ${suggestion.serviceName} within ${minutes} min: one underlying problem?` }),
      element("p", { className: "suggestion-incidents", text: suggestion.incidentNumbers.join(", ") }),
      element("div", { className: "suggestion-actions" }, create, dismiss, outcome));
  }
}

/** Starts the suggestions on a page that has a [data-problem-suggestions] element. */
export function startProblemSuggestions() {
  const node = document.querySelector("[data-problem-suggestions]");
  const signalR = /** @type {any} */ (globalThis).signalR;
  if (node instanceof HTMLElement && signalR) {
    new ProblemSuggestions(node).start(signalR);
  }
}
