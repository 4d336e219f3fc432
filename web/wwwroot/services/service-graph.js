import { STATUS_TEXT } from "./map-state.js";

/** @typedef {import("./map-state.js").ServiceSummary} ServiceSummary */

/**
 * The dependency graph drawn with Cytoscape.js and a layered (dagre) layout. Health changes only recolour nodes;
 * the layout runs again only when services or dependencies appear or go, so the map does not jump under the NOC's eyes.
 */
export class ServiceGraph {
  /** @type {any} */
  #cy;
  #colours;

  /**
   * @param {HTMLElement} container
   * @param {(id: string) => void} onSelect
   */
  constructor(container, onSelect) {
    const css = getComputedStyle(document.documentElement);
    const colour = (/** @type {string} */ name) => css.getPropertyValue(name).trim();
    this.#colours = {
      operational: colour("--ok"),
      degraded: colour("--warning"),
      partialOutage: colour("--critical"),
      majorOutage: colour("--breach"),
      text: colour("--text"),
      line: colour("--line-strong"),
      accent: colour("--accent"),
      bg: colour("--panel-raised"),
      low: colour("--ok"),
      medium: colour("--warning"),
      high: colour("--critical"),
      critical: colour("--breach"),
    };
    const c = this.#colours;
    this.#cy = cytoscape({
      container,
      wheelSensitivity: 0.4,
      minZoom: 0.1,
      maxZoom: 3,
      boxSelectionEnabled: false,
      style: [
        {
          selector: "node",
          style: {
            shape: "round-rectangle",
            width: 170,
            height: 54,
            "background-color": c.bg,
            "border-width": 4,
            "border-color": (/** @type {any} */ node) => c[node.data("status")] ?? c.line,
            label: (/** @type {any} */ node) => `${node.data("name")}\n${STATUS_TEXT[/** @type {keyof STATUS_TEXT} */ (node.data("status"))]}`,
            "text-wrap": "wrap",
            "text-max-width": "160px",
            "text-valign": "center",
            color: c.text,
            "font-size": 13,
          },
        },
        { selector: "node[status != 'operational']", style: { "background-color": (/** @type {any} */ node) => c[node.data("status")], color: "#0a0d12", "font-weight": "bold" } },
        { selector: "node[status = 'majorOutage']", style: { "border-style": "double", "border-width": 8, "border-color": "#0a0d12" } },
        {
          selector: "node.by-risk",
          style: {
            "background-color": (/** @type {any} */ node) => c[node.data("riskBand")] ?? c.bg,
            "border-color": (/** @type {any} */ node) => c[node.data("riskBand")] ?? c.line,
            "border-style": "solid",
            "border-width": 4,
            color: (/** @type {any} */ node) => node.data("riskBand") ? "#0a0d12" : c.text,
            label: (/** @type {any} */ node) => `${node.data("name")}\n${node.data("riskText")}`,
          },
        },
        { selector: "node:selected, node.found", style: { "overlay-color": c.accent, "overlay-opacity": 0.35, "overlay-padding": 8 } },
        { selector: "node.hidden", style: { display: "none" } },
        {
          selector: "edge",
          style: {
            width: 2,
            "line-color": c.line,
            "target-arrow-color": c.line,
            "target-arrow-shape": "triangle",
            "curve-style": "bezier",
          },
        },
      ],
    });
    this.#cy.on("tap", "node", (/** @type {any} */ event) => onSelect(event.target.id()));
  }

  /**
   * @param {ServiceSummary[]} services
   * @param {boolean} reshaped
   */
  show(services, reshaped) {
    const cy = this.#cy;
    cy.batch(() => {
      const ids = new Set(services.map((s) => s.id));
      cy.nodes().filter((/** @type {any} */ n) => !ids.has(n.id())).remove();
      for (const service of services) {
        const data = { id: service.id, name: service.name, status: service.health.status };
        const node = cy.getElementById(service.id);
        if (node.nonempty()) {
          node.data(data);
        } else {
          cy.add({ group: "nodes", data });
        }
      }
      if (reshaped) {
        cy.edges().remove();
        for (const service of services) {
          for (const target of service.dependsOn.filter((id) => ids.has(id))) {
            cy.add({ group: "edges", data: { id: `${service.id}->${target}`, source: service.id, target } });
          }
        }
      }
    });
    if (reshaped) {
      cy.layout({ name: "dagre", rankDir: "TB", nodeSep: 30, rankSep: 70, animate: false, fit: true, padding: 30 }).run();
    }
  }

  /**
   * Colours the services by their open risks instead of their health, or by health again (null).
   * @param {Map<string, { openRisks: number, highestScore: number, band: string }> | null} risks by service id
   */
  colourByRisk(risks) {
    this.#cy.batch(() => {
      this.#cy.nodes().forEach((/** @type {any} */ node) => {
        const risk = risks?.get(node.id());
        node.data("riskBand", risk?.band ?? "");
        node.data("riskText", risk ? `risk ${risk.band} (${risk.highestScore}), ${risk.openRisks} open` : "no open risks");
        node.toggleClass("by-risk", risks !== null);
      });
    });
  }

  /**
   * Highlights the services whose name or id contains the text and hides healthy ones when asked.
   * @param {string} text
   * @param {boolean} onlyUnhealthy
   */
  filter(text, onlyUnhealthy) {
    const needle = text.trim().toLowerCase();
    this.#cy.batch(() => {
      this.#cy.nodes().forEach((/** @type {any} */ node) => {
        const found = needle.length > 0 && (node.id().includes(needle) || String(node.data("name")).toLowerCase().includes(needle));
        node.toggleClass("found", found);
        node.toggleClass("hidden", onlyUnhealthy && node.data("status") === "operational");
      });
    });
    const found = this.#cy.nodes(".found");
    if (found.nonempty()) {
      this.#cy.animate({ center: { eles: found }, duration: 200 });
    }
  }

  /** @param {string} id */
  select(id) {
    this.#cy.nodes().unselect();
    this.#cy.getElementById(id).select();
  }
}
