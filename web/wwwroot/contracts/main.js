import { BoardConnection } from "../board/board-connection.js";
import { element, setText } from "../board/dom.js";
import { call } from "../requests/portal-api.js";
import { ContractPanel } from "./contract-panel.js";
import { LicencePanel } from "./licence-panel.js";
import { startMentionToasts } from "../board/mention-toasts.js";

/**
 * @template {Element} T
 * @param {string} selector
 * @returns {T}
 */
function required(selector) {
  const node = document.querySelector(selector);
  if (!node) {
    throw new Error(`The contracts page lacks ${selector}.`);
  }
  return /** @type {T} */ (node);
}

/** @type {string[]} */
const roles = (await call("/api/me")).roles;
const canEdit = roles.includes("admin");
const canAssign = canEdit || roles.includes("agent");

const contracts = new ContractPanel({
  rows: required("[data-contracts]"),
  editor: required("[data-contract-editor]"),
  form: required("[data-contract-form]"),
  title: required("[data-contract-editor-title]"),
  problem: required("[data-contract-problem]"),
  canEdit,
});
const licences = new LicencePanel({
  rows: required("[data-licences]"),
  detail: required("[data-licence-detail]"),
  detailTitle: required("[data-licence-title]"),
  assignments: required("[data-assignments]"),
  assignForm: required("[data-assign-form]"),
  problem: required("[data-licence-problem]"),
  editor: required("[data-licence-editor]"),
  form: required("[data-licence-form]"),
  formTitle: required("[data-licence-editor-title]"),
  formProblem: required("[data-licence-form-problem]"),
  canAssign,
  canEdit,
});

/** @type {Map<string, { key: string, kind: string, text: string, since: string, active: boolean, revision: number }>} */
const notices = new Map();

function renderNotices() {
  const active = [...notices.values()].sort((a, b) => a.since.localeCompare(b.since));
  required("[data-no-notices]").toggleAttribute("hidden", active.length > 0);
  required("[data-notice-list]").replaceChildren(...active.map((n) =>
    element("li", { className: `notice notice-${n.kind}`, text: n.text, attributes: { "data-notice": n.key } })));
}

await Promise.all([contracts.load(), licences.load()]);

new BoardConnection({
  signalR: /** @type {any} */ (globalThis).signalR,
  hubUrl: "/hubs/operations",
  method: "SubscribeNotices",
  args: [],
  onMessage: (/** @type {any} */ message) => {
    if (message.kind === "snapshot") {
      notices.clear();
    }
    for (const notice of message.items) {
      const known = notices.get(notice.key);
      if (known && known.revision >= notice.revision) {
        continue;
      }
      if (notice.active) {
        notices.set(notice.key, notice);
      } else {
        notices.delete(notice.key);
      }
    }
    renderNotices();
    if (message.kind !== "snapshot") {
      // A notice says a licence or contract changed state: read the lists again (no polling).
      void Promise.all([contracts.load(), licences.load()]);
    }
  },
  onStateChange: (state, text) => {
    document.body.dataset.connectionState = state;
    setText(required("[data-connection-label]"), text);
  },
}).start();
document.body.dataset.ready = "true";
startMentionToasts();
