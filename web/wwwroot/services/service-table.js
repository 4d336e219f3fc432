import { element, setData } from "../shell/dom.js";
import { describeHealth, STATUS_TEXT } from "./map-state.js";

/** @typedef {import("./map-state.js").ServiceSummary} ServiceSummary */

/** The same services as a table: readable without the graph, by screen readers and in tests. */
export class ServiceTable {
  #body;
  #onSelect;

  /**
   * @param {HTMLElement} body
   * @param {(id: string) => void} onSelect
   */
  constructor(body, onSelect) {
    this.#body = body;
    this.#onSelect = onSelect;
  }

  /**
   * @param {ServiceSummary[]} services worst first
   * @param {boolean} onlyUnhealthy
   * @param {Map<string, { openRisks: number, highestScore: number, band: string }>} risks open risks by service id
   */
  show(services, onlyUnhealthy, risks) {
    const rows = services
      .filter((s) => !onlyUnhealthy || s.health.status !== "operational")
      .map((service) => this.#row(service, risks.get(service.id)));
    this.#body.replaceChildren(...rows);
  }

  /**
   * @param {ServiceSummary} service
   * @param {{ openRisks: number, highestScore: number, band: string } | undefined} risk
   */
  #row(service, risk) {
    const button = element("button", { className: "link-button", text: service.name, attributes: { type: "button" } });
    button.addEventListener("click", () => this.#onSelect(service.id));
    const row = element("tr", { attributes: { "data-service-id": service.id } },
      element("td", {}, button),
      element("td", { className: `health health-${service.health.status}`, text: STATUS_TEXT[service.health.status] }),
      element("td", { className: "cause", text: service.health.status === "operational" && !service.health.continuityPlan ? "" : describeHealth(service) }),
      element("td", { className: "numeric", text: String(service.health.openIncidents) }),
      element("td", { className: "numeric", text: String(service.criticality) }),
      element("td", { text: service.supportGroup ?? "" }),
      element("td", { className: risk ? `risk risk-${risk.band}` : "risk", text: risk ? `${risk.band} (${risk.highestScore}), ${risk.openRisks} open` : "" }));
    setData(row, "status", service.health.status);
    return row;
  }
}

