import { startShell } from "../shell/shell.js";
import { BoardConnection } from "../shell/board-connection.js";
import { element, required, setText } from "../shell/dom.js";
import { call } from "../shell/api.js";
import { abilitiesOf } from "./abilities.js";
import { FieldEditor } from "./field-editor.js";
import { showPresence } from "./presence-bar.js";
import { ReplyBox } from "./reply-box.js";
import { ResolutionAnswer } from "./resolution-answer.js";
import { TicketState } from "./ticket-state.js";
import { showTimeline } from "./timeline-view.js";
import { showFacts } from "./facts-view.js";
import { TicketCommands } from "./ticket-commands.js";
import { WorkflowActions } from "./workflow-actions.js";
import { AssignmentForm } from "./assignment-form.js";
import { SlaPanel } from "./sla-panel.js";
import { EscalationPanel } from "./escalation-panel.js";
import { ProblemLink } from "./problem-link.js";
import { ContractsPanel } from "./contracts-panel.js";
import { MajorDeclaration } from "./major-declaration.js";
import { PresenceReporter } from "./presence-reporter.js";
import { ServerClock } from "../board/server-clock.js";

startShell();

const ticketId = new URLSearchParams(window.location.search).get("id") ?? "";
if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(ticketId)) {
  setText(required("[data-connection-label]"), "No ticket");
  required("main").replaceChildren(element("p", { className: "problem", text: "This address names no ticket. Open one from the board.", attributes: { role: "alert" } }));
  throw new Error(`'${ticketId}' is not a ticket id.`);
}
const signedIn = await call("/api/me");
const me = signedIn.name;
const can = abilitiesOf(signedIn);
const state = new TicketState();

const presence = new PresenceReporter(ticketId, can.serviceDesk);
const editor = new FieldEditor(required("[data-fields-form]"), state, ticketId, (field) => presence.doing(field ? "editing" : "viewing", field));
if (!can.works) {
  editor.lock();
  required("[data-take]").hidden = true;
}
if (!can.serviceDesk) {
  required("[data-presence]").hidden = true;
}
const replyForm = /** @type {HTMLFormElement} */ (required("[data-reply-form]"));
if (!can.works) {
  // Work notes are the service desk's: whoever else replies, replies publicly.
  const visibility = /** @type {HTMLSelectElement} */ (replyForm.elements.namedItem("visibility"));
  visibility.querySelector("option[value=workNote]")?.remove();
  visibility.hidden = true;
  setText(required("[data-reply-label]"), "Reply to the service desk");
}
const answer = new ResolutionAnswer(required("[data-resolution]"), state, ticketId, me);
new ReplyBox(replyForm, state, ticketId, me, (typing) => presence.typing(typing));

const clock = new ServerClock();
const commands = new TicketCommands(state, ticketId, (incident) => {
  if (state.apply({ incident, timeline: [], complete: false, viewers: null }).fields) {
    showIncident();
    editor.show();
  }
});
const workPanel = required("[data-work-panel]");
const workflow = new WorkflowActions(workPanel, commands);
const assignment = new AssignmentForm(required("[data-assign-form]"), commands);
const sla = new SlaPanel(required("[data-sla]"));
const escalation = can.readsEscalations ? new EscalationPanel(required("[data-escalation-panel]"), ticketId, commands) : null;
const problemLink = can.worksProblems ? new ProblemLink(required("[data-problem-panel]"), ticketId, commands) : null;
const contracts = can.works ? new ContractsPanel(required("[data-contracts-panel]"), ticketId) : null;
// Major incidents are the service desk's: a requester is neither offered one nor sent to the console.
const major = can.serviceDesk ? new MajorDeclaration(required("[data-major-panel]"), ticketId, commands, can.runsMajorIncidents) : null;
required("[data-problem-panel]").hidden = problemLink === null;
if (can.works) {
  // The people in the groups are the commanders to choose from.
  void assignment.load().then((groups) => major?.offerCommanders([me, ...groups.flatMap((group) => group.members.map((m) => m.userName))]));
}
void problemLink?.load();
setInterval(() => {
  sla.tick(clock.now());
  escalation?.tick(clock.now());
}, 1_000);

function showIncident() {
  const incident = state.incident;
  document.title = `${incident.number} · ${incident.title} · ItsmOrleans`;
  setText(required("[data-page-title]"), `${incident.number} · ${incident.priority}`);
  setText(required("[data-version]"), `version ${incident.version}`);
  showFacts(required("[data-facts]"), incident, can.serviceDesk);
  required("[data-take]").toggleAttribute("hidden", !can.works || incident.assignee === me);
  // A closed or cancelled ticket takes no more replies.
  replyForm.hidden = !can.replies || incident.status === "closed" || incident.status === "cancelled";
  answer.show();
  workPanel.hidden = !can.worksOn(incident);
  if (!workPanel.hidden) {
    workflow.show(incident);
    assignment.show(incident);
  }
  sla.show(incident.sla);
  sla.tick(clock.now());
  problemLink?.show(incident);
  contracts?.show(incident).catch((error) => contracts.fail(error));
  major?.show(incident);
  void escalation?.load(can.acknowledges(incident));
}

required("[data-take]").addEventListener("click", async () => {
  const problem = required("[data-take-problem]");
  setText(problem, "");
  try {
    await call(`/api/incidents/${ticketId}/take`, { method: "POST" });
  } catch (error) {
    setText(problem, /** @type {Error} */ (error).message);
  }
});

const connection = new BoardConnection({
  signalR: /** @type {any} */ (globalThis).signalR,
  hubUrl: "/hubs/operations",
  method: "SubscribeTicket",
  // Resumes from the last entry held, so a dropped connection receives exactly what it missed.
  args: () => [ticketId, state.lastSequence],
  onMessage: (/** @type {any} */ message) => {
    clock.observe(message.serverTime);
    const { fields, added, presence: viewersChanged } = state.apply(message);
    if (fields) {
      showIncident();
      editor.show();
    }
    if (added.length > 0 || message.complete) {
      showTimeline(required("[data-timeline]"), [...state.timeline.values()]);
      editor.show();
    }
    if (viewersChanged) {
      showPresence(required("[data-presence]"), state.viewers, me);
    }
    if (message.kind === "snapshot") {
      void presence.report();
      document.body.dataset.ready = "true";
    }
  },
  onStateChange: (connectionState, text) => {
    document.body.dataset.connectionState = connectionState;
    setText(required("[data-connection-label]"), text);
  },
  onStreamError: (error) => {
    const missing = /no incident|may not see/i.test(String(error));
    if (missing) {
      required("main").replaceChildren(element("p", { className: "problem", text: "This ticket does not exist, or you may not see it.", attributes: { role: "alert" } }));
    }
    return missing;
  },
});
presence.start(connection);
connection.start();
