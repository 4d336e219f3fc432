// Monitoring integrations: a routing key per tool and service. A key is a credential: the console shows it whole only
// when it is made (defined or rotated in), and otherwise only its last four characters.
import { element } from "../shell/dom.js";
import { call } from "../shell/api.js";
import { formatMoment } from "../shell/format.js";
import { formatTimeSpan } from "../shell/timespan.js";
import { field, input, formProblem, text, onSubmit } from "./form-fields.js";
import { showSecretOnce } from "./secret-once.js";

/**
 * @typedef {object} IntegrationKey
 * @property {string} routingKey
 * @property {string} name
 * @property {string} serviceId
 * @property {string | null} retiresAt
 */

/** @type {import("./sections.js").Section} */
export const integrationsSection = {
  id: "integrations",
  label: "Integrations",
  note: "Routing keys monitoring tools send alerts with, one per tool and service",
  render: renderIntegrations,
};

/** @param {HTMLElement} panel */
async function renderIntegrations(panel) {
  const services = element("select", { attributes: { name: "serviceId", required: "" } });
  const define = element("form", { className: "admin-form inline-form", attributes: { "data-integration-create": "", "aria-label": "New integration" } },
    field("Tool", input("name", { required: "", placeholder: "Prometheus" })),
    field("Service", services),
    element("button", { text: "Create key", attributes: { type: "submit" } }),
    formProblem());
  const secret = element("div", { attributes: { "data-integration-secret": "" } });
  const rows = element("tbody", { attributes: { "data-integration-rows": "" } });
  const table = element("table", { className: "admin-table", attributes: { "aria-label": "Integration keys" } },
    element("thead", {}, element("tr", {}, ...["Tool", "Service", "Key", "State", "Rotate"].map((h) => element("th", { text: h, attributes: { scope: "col" } })))),
    rows);
  panel.append(define, secret, table);

  /** @type {{ id: string, name: string }[]} */
  const known = await call("/api/services");
  services.replaceChildren(...known.map((s) => element("option", { text: `${s.name} (${s.id})`, attributes: { value: s.id } })));
  const serviceName = (/** @type {string} */ id) => known.find((s) => s.id === id)?.name ?? id;

  const load = async () => {
    /** @type {IntegrationKey[]} */
    const keys = await call("/api/integrations");
    const now = Date.now();
    rows.replaceChildren(...keys.map((key) => element("tr", { attributes: { "data-integration": ending(key.routingKey), "data-state": key.retiresAt ? "retiring" : "current" } },
      element("td", { text: key.name }),
      element("td", { text: serviceName(key.serviceId) }),
      element("td", {}, element("code", { text: `…${ending(key.routingKey)}` })),
      element("td", { text: key.retiresAt ? `rotated; works until ${formatMoment(Date.parse(key.retiresAt), now)}` : "current" }),
      element("td", {}, key.retiresAt ? element("span", { className: "muted", text: "—" }) : rotateForm(key, secret, load)))));
  };

  onSubmit(define, async () => {
    const routingKey = newRoutingKey();
    /** @type {IntegrationKey} */
    const key = await call(`/api/integrations/${routingKey}`, {
      method: "PUT",
      body: JSON.stringify({ name: text(define, "name"), serviceId: text(define, "serviceId") }),
    });
    define.reset();
    showSecretOnce(secret, `Routing key for ${key.name} on ${serviceName(key.serviceId)}`, key.routingKey);
    await load();
  });
  await load();
}

/**
 * Rotating a key: a new one replaces it, and the old one keeps working for the overlap so tools can be moved over.
 * @param {IntegrationKey} key
 * @param {HTMLElement} secret where the new key is shown once
 * @param {() => Promise<void>} reload
 */
function rotateForm(key, secret, reload) {
  const form = element("form", { className: "inline-form", attributes: { "data-integration-rotate": ending(key.routingKey), "aria-label": `Rotate the key of ${key.name}` } },
    field("Overlap (hours)", input("overlap", { type: "number", min: "0", max: "720", step: "1", value: "24", required: "" })),
    element("button", { text: "Rotate", attributes: { type: "submit" } }),
    formProblem());
  onSubmit(form, async () => {
    const hours = Number(text(form, "overlap"));
    /** @type {{ current: IntegrationKey }} */
    const rotation = await call(`/api/integrations/${encodeURIComponent(key.routingKey)}/rotation`, {
      method: "POST",
      body: JSON.stringify({ overlap: formatTimeSpan(hours * 3_600_000) }),
    });
    showSecretOnce(secret, `New routing key for ${key.name}; the old one works for ${hours} more hours`, rotation.current.routingKey);
    await reload();
  });
  return form;
}

/** @param {string} routingKey */
function ending(routingKey) {
  return routingKey.slice(-4);
}

/** A new routing key: 32 random hexadecimal digits, made in the browser so the server is told the key to bind. */
function newRoutingKey() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
}
