import { startShell } from "../shell/shell.js";
import { ActivityFeed } from "./activity-feed.js";
import { BoardConnection } from "../shell/board-connection.js";
import { BoardState } from "./board-state.js";
import { CountersView } from "./counters-view.js";
import { HeaderView } from "./header-view.js";
import { IncidentTable } from "./incident-table.js";
import { scopeFromQuery, scopeLabel, wallFromQuery } from "./scope.js";
import { ServerClock } from "./server-clock.js";
import { startAlerts } from "./alerts.js";
import { startProblemSuggestions } from "./problem-suggestions.js";
import { PresenceBadges } from "./presence-badges.js";
import { startKeyboardTriage } from "./keyboard-triage.js";
import { required } from "../shell/dom.js";

const signedIn = startShell();

// Rows only change order when data changes or their clocks cross; re-sorting this often is plenty.
const RESORT_EVERY_TICKS = 5;

const wall = wallFromQuery(window.location.search);
let scope = wall ? wall.scopes[0] : scopeFromQuery(window.location.search);
if (wall) {
  // A TV on the wall: large type, nothing to click or focus, scopes taking turns.
  document.body.classList.add("wall");
  document.body.inert = true;
}
const state = new BoardState();
const serverClock = new ServerClock();
const header = new HeaderView(document);
const counters = new CountersView(required("[data-counters]"));
const table = new IncidentTable({
  body: required("[data-incident-rows]"),
  viewport: required("[data-table-viewport]"),
  more: required("[data-more]"),
  empty: required("[data-empty]"),
});
const feed = new ActivityFeed(required("[data-feed]"));
const presence = new PresenceBadges(required("[data-incident-rows]"));

if (!wall) {
  void signedIn.then((me) => table.actAs(me));
  startKeyboardTriage({
    body: required("[data-incident-rows]"),
    take: (id) => void table.actionsOf(id)?.run(),
  });
}

header.showScope(wall && wall.scopes.length > 1 ? `${scopeLabel(scope)} · 1/${wall.scopes.length}` : scopeLabel(scope));
header.showLastUpdate(null);
table.arrange(state, serverClock.now());

/** @param {import("./protocol.js").BoardMessage} message */
function showMessage(message) {
  serverClock.observe(message.serverTime);
  const changes = state.apply(message);
  const now = serverClock.now();
  counters.show(state.counters);
  table.update(state, changes, now);
  feed.update(state, changes);
  presence.render();
  header.showLastUpdate(state.lastUpdate);
}

let ticks = 0;
function tick() {
  const now = serverClock.now();
  header.tick(now);
  if (++ticks % RESORT_EVERY_TICKS === 0) {
    table.arrange(state, now);
  }
  table.tick(now);
  // Wake just after the next whole second so that every clock on the wall changes together.
  setTimeout(tick, 1000 - (now % 1000) + 20);
}
tick();

const signalR = /** @type {any} */ (globalThis).signalR;
if (!signalR) {
  header.showConnection("offline", "SignalR client missing");
  throw new Error("lib/signalr/signalr.min.js did not load; build the web project to copy it from npm.");
}

const connection = new BoardConnection({
  signalR,
  hubUrl: "hubs/operations",
  scope,
  onMessage: showMessage,
  onStateChange: (connectionState, detail) => header.showConnection(connectionState, detail),
});
connection.start();

if (wall && wall.scopes.length > 1) {
  let turn = 0;
  setInterval(() => {
    turn = (turn + 1) % wall.scopes.length;
    scope = wall.scopes[turn];
    header.showScope(`${scopeLabel(scope)} · ${turn + 1}/${wall.scopes.length}`);
    // The next message is a snapshot of the new scope, which replaces the rows.
    connection.resubscribe([scope]);
  }, wall.everyMs);
}

presence.start(signalR);
startProblemSuggestions();
startAlerts();
