import { startShell } from "../shell/shell.js";
import { call } from "../shell/api.js";
import { BoardConnection } from "../shell/board-connection.js";
import { required, setText } from "../shell/dom.js";
import { formatClockTime } from "../shell/format.js";
import { MapState } from "./map-state.js";
import { ServiceGraph } from "./service-graph.js";
import { ServicePanel } from "./service-panel.js";
import { ServiceTable } from "./service-table.js";
import { linkedId, notShown, showInAddress } from "../board/linked-record.js";

startShell();

cytoscape.use(cytoscapeDagre);

const state = new MapState();
const search = /** @type {HTMLInputElement} */ (required("[data-search]"));
const onlyUnhealthy = /** @type {HTMLInputElement} */ (required("[data-only-unhealthy]"));
const colourBy = /** @type {HTMLSelectElement} */ (required("[data-colour-by]"));
const panel = new ServicePanel(required("[data-service-heading]"), required("[data-service-details]"));
const graph = new ServiceGraph(required("[data-graph]"), (id) => void select(id));
const table = new ServiceTable(required("[data-service-rows]"), (id) => void select(id));
const connectionLabel = required("[data-connection-label]");
const lastUpdate = required("[data-last-update]");

/** @param {string} id */
async function select(id) {
  graph.select(id);
  try {
    const response = await fetch(`/api/services/${encodeURIComponent(id)}`, { headers: { Accept: "application/json" } });
    if (!response.ok) {
      throw Object.assign(new Error(`${response.status} ${response.statusText}`), { status: response.status });
    }
    panel.show(await response.json());
    showInAddress(id);
  } catch (error) {
    panel.showError(notShown("service", id, error));
  }
}

function redraw() {
  table.show(state.all, onlyUnhealthy.checked, risks);
  graph.filter(search.value, onlyUnhealthy.checked);
}

/** @param {import("./map-state.js").ServiceMapMessage} message */
function showMessage(message) {
  const reshaped = state.apply(message);
  graph.show(state.all, reshaped);
  redraw();
  if (reshaped) {
    void loadRisks();
  }
  setText(lastUpdate, state.lastUpdate ? `Last update ${formatClockTime(Date.parse(state.lastUpdate))}` : "");
  if (panel.selectedId && (message.kind === "snapshot" || message.items.some((s) => s.id === panel.selectedId))) {
    void select(panel.selectedId);
  }
}

/** @type {Map<string, { openRisks: number, highestScore: number, band: string }>} open risks by service, from the register */
let risks = new Map();

/** Risks change far less often than health: they are read at start, when the map changes shape and when asked for. */
async function loadRisks() {
  const found = await call("/api/risks/by-service");
  risks = new Map(found.map((/** @type {any} */ r) => [r.serviceId, r]));
  redraw();
  colourServices();
}

function colourServices() {
  const byRisk = colourBy.value === "risk";
  graph.colourByRisk(byRisk ? risks : null);
  document.body.dataset.colouredBy = byRisk ? "risk" : "health";
}

colourBy.addEventListener("change", () => void loadRisks());
search.addEventListener("input", redraw);
onlyUnhealthy.addEventListener("change", redraw);

new BoardConnection({
  signalR: window.signalR,
  hubUrl: "/hubs/operations",
  method: "SubscribeServiceMap",
  args: [],
  onMessage: showMessage,
  onStateChange: (connectionState, detail) => {
    document.body.dataset.connectionState = connectionState;
    setText(connectionLabel, detail);
  },
}).start();

const linked = linkedId();
if (linked) {
  void select(linked);
}

