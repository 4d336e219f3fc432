import { element, setText } from "../shell/dom.js";
import { describeHealth } from "./map-state.js";

const WHEN = new Intl.DateTimeFormat(undefined, { weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" });

/**
 * @param {{ start: string, end: string } | null} period the maintenance period open now or next
 * @returns {string}
 */
function maintenance(period) {
  if (!period) {
    return "no window in the next two weeks";
  }
  const start = new Date(period.start);
  const end = new Date(period.end);
  return start <= new Date() ? `open now, until ${WHEN.format(end)}` : `next ${WHEN.format(start)} – ${WHEN.format(end)}`;
}

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
          ["Maintenance", maintenance(service.currentOrNextMaintenance)],
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
