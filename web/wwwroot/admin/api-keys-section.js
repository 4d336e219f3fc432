// API keys for other systems: create one (its secret shown this once), list them without secrets, revoke one.
import { element } from "../shell/dom.js";
import { call, idempotencyKey } from "../shell/api.js";
import { formatMoment } from "../shell/format.js";
import { field, input, formProblem, list, text, onSubmit, showProblem } from "./form-fields.js";
import { ROLES, roleName } from "./roles.js";
import { showSecretOnce } from "./secret-once.js";

/**
 * @typedef {object} ApiKey
 * @property {string} id
 * @property {string} name
 * @property {string} role
 * @property {string[]} groups
 * @property {string} createdAt
 * @property {string | null} lastUsedAt
 * @property {string | null} revokedAt
 */

/** @type {import("./sections.js").Section} */
export const apiKeysSection = {
  id: "api-keys",
  label: "API keys",
  note: "Keys other systems call the API with; a key acts in one role",
  render: renderApiKeys,
};

/** @param {HTMLElement} panel */
async function renderApiKeys(panel) {
  const secret = element("div", { attributes: { "data-api-key-secret": "" } });
  const role = element("select", { attributes: { name: "role", required: "" } }, ...ROLES.map((r) => element("option", { text: r, attributes: { value: r } })));
  const create = element("form", { className: "admin-form inline-form", attributes: { "data-api-key-create": "", "aria-label": "New API key" } },
    field("Name", input("name", { required: "" })),
    field("Role", role),
    field("Groups", input("groups"), "Comma-separated"),
    element("button", { text: "Create key", attributes: { type: "submit" } }),
    formProblem());
  const rows = element("tbody", { attributes: { "data-api-key-rows": "" } });
  const problem = formProblem();
  const table = element("table", { className: "admin-table", attributes: { "aria-label": "API keys" } },
    element("thead", {}, element("tr", {}, ...["Name", "Role", "Groups", "Created", "Last used", "State", "Actions"].map((h) => element("th", { text: h, attributes: { scope: "col" } })))),
    rows);
  const listing = element("div", {}, problem, table);
  panel.append(create, secret, listing);

  const load = async () => {
    /** @type {ApiKey[]} */
    const keys = await call("/api/admin/api-keys");
    keys.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    const now = Date.now();
    rows.replaceChildren(...keys.map((key) => {
      const revoke = element("button", { text: "Revoke", attributes: { type: "button", "aria-label": `Revoke ${key.name}` } });
      revoke.hidden = key.revokedAt !== null;
      revoke.addEventListener("click", () => {
        call(`/api/admin/api-keys/${encodeURIComponent(key.id)}`, { method: "DELETE" }).then(load, (/** @type {unknown} */ error) => showProblem(listing, error));
      });
      return element("tr", { attributes: { "data-api-key": key.id, "data-state": key.revokedAt ? "revoked" : "active" } },
        element("td", { text: key.name }),
        element("td", { text: roleName(key.role) }),
        element("td", { text: key.groups.join(", ") }),
        element("td", { text: formatMoment(Date.parse(key.createdAt), now) }),
        element("td", { text: key.lastUsedAt ? formatMoment(Date.parse(key.lastUsedAt), now) : "never" }),
        element("td", { text: key.revokedAt ? `revoked ${formatMoment(Date.parse(key.revokedAt), now)}` : "active" }),
        element("td", {}, revoke));
    }));
  };

  onSubmit(create, async () => {
    /** @type {{ key: string, apiKey: ApiKey }} */
    const created = await call("/api/admin/api-keys", {
      method: "POST",
      headers: { "Idempotency-Key": idempotencyKey() },
      body: JSON.stringify({ name: text(create, "name"), role: text(create, "role"), groups: list(create, "groups") }),
    });
    create.reset();
    showSecretOnce(secret, `API key "${created.apiKey.name}"`, created.key);
    await load();
  });
  await load();
}
