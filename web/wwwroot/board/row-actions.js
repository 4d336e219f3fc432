// Acknowledge and take, in the row: offered to those the server lets work the incident, as IncidentAccess.CanWork says;
// the NOC acknowledges an escalation without taking the incident.
import { call } from "../shell/api.js";
import { element, setText } from "../shell/dom.js";

/** @typedef {import("./protocol.js").IncidentSummary} IncidentSummary */
/** @typedef {{ name: string, roles: string[], groups: string[] }} Actor */

const FINISHED = new Set(["resolved", "closed", "cancelled"]);

/**
 * @param {string | null | undefined} a
 * @param {string | null | undefined} b
 */
const same = (a, b) => !!a && !!b && a.toLowerCase() === b.toLowerCase();

/**
 * Whether the actor may work the incident: admins any, agents those of their groups, in no group, or assigned to them.
 * @param {Actor} actor
 * @param {IncidentSummary} incident
 */
export function mayWork(actor, incident) {
  return actor.roles.includes("admin")
    || (actor.roles.includes("agent") && (!incident.assignmentGroup || actor.groups.some((g) => same(g, incident.assignmentGroup))
      || same(incident.assignee, actor.name)));
}

/**
 * What the actor is offered on the row: acknowledge while an escalation follows it, else take while it is someone
 * else's or nobody's; nothing for an incident that is finished or not theirs to work.
 * @param {Actor | null} actor
 * @param {IncidentSummary} incident
 * @returns {"acknowledge" | "take" | null}
 */
export function offeredAction(actor, incident) {
  if (!actor || FINISHED.has(incident.status)) {
    return null;
  }
  if (incident.escalating && (mayWork(actor, incident) || actor.roles.includes("noc"))) {
    return "acknowledge";
  }
  if (!mayWork(actor, incident)) {
    return null;
  }
  return same(incident.assignee, actor.name) ? null : "take";
}

/** The actions cell of one row. */
export class RowActions {
  node = element("td", { className: "actions" });
  #button = element("button", { className: "row-action", attributes: { type: "button" } });
  #problem = element("span", { className: "problem", attributes: { role: "alert", "data-row-problem": "" } });
  /** @type {IncidentSummary | null} */
  #incident = null;
  /** @type {"acknowledge" | "take" | null} */
  #action = null;

  constructor() {
    this.#button.hidden = true;
    this.node.append(this.#button, this.#problem);
    this.#button.addEventListener("click", () => void this.run());
  }

  /**
   * @param {IncidentSummary} incident
   * @param {Actor | null} actor
   */
  show(incident, actor) {
    this.#incident = incident;
    this.#action = offeredAction(actor, incident);
    this.#button.hidden = this.#action === null;
    setText(this.#button, this.#action === "acknowledge" ? "Acknowledge" : "Take");
    this.#button.dataset.rowAction = this.#action ?? "";
    this.#button.setAttribute("aria-label", `${this.#action === "acknowledge" ? "Acknowledge" : "Take"} ${incident.number}`);
  }

  /** Acknowledges or takes the incident, whichever the row offers; the board stream then shows who has it. */
  async run() {
    if (!this.#incident || !this.#action) {
      return;
    }
    setText(this.#problem, "");
    this.#button.disabled = true;
    try {
      await call(`/api/incidents/${encodeURIComponent(this.#incident.id)}/${this.#action}`, { method: "POST" });
    } catch (error) {
      setText(this.#problem, error instanceof Error ? error.message : String(error));
    } finally {
      this.#button.disabled = false;
    }
  }
}
