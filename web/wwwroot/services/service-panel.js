import { element, setText } from "../board/dom.js";
import { describeHealth } from "./map-state.js";

/**
 * The side panel: one service as GET /api/services/{id} returns it, with the live health line.
 */
export class ServicePanel {
  #heading;
  #details;
  /** @type {string | null} */
  selectedId = null;

  /**
   * @param {HTMLElement} heading
   * @param {HTMLElement} details
   */
  constructor(heading, details) {
    this.#heading = heading;
    this.#details = details;
  }

  /** @param {any} service a ServiceView */
  show(service) {
    this.selectedId = service.id;
    setText(this.#heading, service.name);
    this.#details.dataset.serviceId = service.id;
    this.#details.replaceChildren(
      element("p", { className: `health-line health-${service.health.status}`, text: describeHealth(service) }),
      element("dl", { className: "facts" },
        ...[
          ["Id", service.id],
          ["Kind", service.kind],
          ["Tier", String(service.criticality)],
          ["Owner", service.owner ?? "nobody named"],
          ["Support group", service.supportGroup ?? "none"],
          ["SLA policy", service.slaPolicyId ?? "default"],
          ["Open incidents", String(service.health.openIncidents)],
          ["Depends on", service.dependsOn.join(", ") || "nothing"],
          ["Needed by", service.dependents.join(", ") || "nothing"],
        ].flatMap(([term, value]) => [element("dt", { text: term }), element("dd", { text: value })])),
      service.description ? element("p", { className: "prose", text: service.description }) : document.createDocumentFragment(),
      element("p", {}, element("a", { text: "Open incidents on the board", attributes: { href: `/?service=${encodeURIComponent(service.id)}` } })),
    );
  }

  /** @param {string} message */
  showError(message) {
    this.#details.replaceChildren(element("p", { className: "empty", text: message }));
  }
}
