// The service map's data: the latest row of every service, from SubscribeServiceMap (docs/board-protocol.md).

/**
 * @typedef {"operational" | "degraded" | "partialOutage" | "majorOutage"} ServiceStatus
 *
 * @typedef {object} HealthCause
 * @property {string} serviceId
 * @property {string} serviceName
 * @property {ServiceStatus} status
 * @property {string | null} incidentNumber
 *
 * @typedef {object} ServiceHealth
 * @property {ServiceStatus} status
 * @property {ServiceStatus} own
 * @property {HealthCause | null} cause
 * @property {number} openIncidents
 * @property {string} since
 * @property {string | null} [continuityPlan] a continuity plan invoked for it or for what it depends on
 *
 * @typedef {object} ServiceSummary
 * @property {string} id
 * @property {string} name
 * @property {"business" | "technical"} kind
 * @property {number} criticality
 * @property {string | null} supportGroup
 * @property {string[]} dependsOn
 * @property {ServiceHealth} health
 * @property {number} revision
 *
 * @typedef {object} ServiceMapMessage
 * @property {number} seq
 * @property {"snapshot" | "delta"} kind
 * @property {string} serverTime
 * @property {ServiceSummary[]} items
 */

/** @type {Record<ServiceStatus, string>} */
export const STATUS_TEXT = {
  operational: "operational",
  degraded: "degraded",
  partialOutage: "partial outage",
  majorOutage: "major outage",
};

/** @type {Record<ServiceStatus, number>} */
const SEVERITY = { operational: 0, degraded: 1, partialOutage: 2, majorOutage: 3 };

/**
 * Why a service is not operational, in words: "degraded because Database is in major outage: INC0000042", and the
 * continuity plan invoked for it or for what it depends on.
 * @param {ServiceSummary} service
 * @returns {string}
 */
export function describeHealth(service) {
  const plan = service.health.continuityPlan ? `; continuity plan ${service.health.continuityPlan} invoked` : "";
  return statusText(service) + plan;
}

/** @param {ServiceSummary} service */
function statusText(service) {
  const { status, cause } = service.health;
  if (status === "operational" || !cause) {
    return STATUS_TEXT[status];
  }
  const incident = cause.incidentNumber ? `: ${cause.incidentNumber}` : "";
  if (cause.serviceId === service.id) {
    return `${STATUS_TEXT[status]} from its own incidents${incident}`;
  }
  return `${STATUS_TEXT[status]} because ${cause.serviceName} is in ${STATUS_TEXT[cause.status]}${incident}`;
}

export class MapState {
  /** @type {Map<string, ServiceSummary>} */
  #services = new Map();
  /** @type {string | null} */
  lastUpdate = null;

  /**
   * @param {ServiceMapMessage} message
   * @returns {boolean} whether the graph's shape (services or dependencies) changed
   */
  apply(message) {
    let reshaped = false;
    if (message.kind === "snapshot") {
      reshaped = true;
      this.#services.clear();
    }
    for (const service of message.items) {
      const known = this.#services.get(service.id);
      if (known && known.revision >= service.revision) {
        continue;
      }
      reshaped ||= !known || known.name !== service.name || known.dependsOn.join() !== service.dependsOn.join();
      this.#services.set(service.id, service);
    }
    this.lastUpdate = message.serverTime;
    return reshaped;
  }

  /** @param {string} id */
  get(id) {
    return this.#services.get(id);
  }

  /** Every service, worst health first, then by name. */
  get all() {
    return [...this.#services.values()].sort((a, b) =>
      SEVERITY[b.health.status] - SEVERITY[a.health.status] || a.name.localeCompare(b.name));
  }
}
