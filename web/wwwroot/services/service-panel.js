import { element } from "../shell/dom.js";
import { SidePanel, facts } from "../shell/side-panel.js";
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

/** The side panel: one service as GET /api/services/{id} returns it, with the live health line. */
export class ServicePanel extends SidePanel {
  /**
   * @param {HTMLElement} heading
   * @param {HTMLElement} details
   */
  constructor(heading, details) {
    super(heading, details, "serviceId");
  }

  /** @param {any} service a ServiceView */
  show(service) {
    this.present(service.id, service.name,
      element("p", { className: `health-line health-${service.health.status}`, text: describeHealth(service) }),
      facts([
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
      ]),
      service.description ? element("p", { className: "prose", text: service.description }) : document.createDocumentFragment(),
      element("p", {}, element("a", { text: "Open incidents on the board", attributes: { href: `/?service=${encodeURIComponent(service.id)}` } })),
    );
  }
}
