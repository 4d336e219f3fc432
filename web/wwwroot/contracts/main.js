import { startShell } from "../shell/shell.js";
import { BoardConnection } from "../shell/board-connection.js";
import { required, setText } from "../shell/dom.js";
import { call } from "../shell/api.js";
import { ContractPanel } from "./contract-panel.js";
import { LicencePanel } from "./licence-panel.js";

startShell();

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

await Promise.all([contracts.load(), licences.load()]);

new BoardConnection({
  signalR: /** @type {any} */ (globalThis).signalR,
  hubUrl: "/hubs/operations",
  method: "SubscribeNotices",
  args: [],
  // The shell shows the notices themselves; here a notice means a licence or contract changed state: read the lists
  // again (no polling).
  onMessage: (/** @type {any} */ message) => {
    if (message.kind !== "snapshot") {
      void Promise.all([contracts.load(), licences.load()]);
    }
  },
  onStateChange: (state, text) => {
    document.body.dataset.connectionState = state;
    setText(required("[data-connection-label]"), text);
  },
}).start();
document.body.dataset.ready = "true";
