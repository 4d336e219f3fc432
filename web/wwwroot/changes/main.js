import { startShell } from "../shell/shell.js";
import { keepCalendarAccessible } from "./calendar-accessibility.js";
import { BoardConnection } from "../shell/board-connection.js";
import { required, setText } from "../shell/dom.js";
import { formatClockTime } from "../shell/format.js";
import { CalendarState } from "./calendar-state.js";
import { ChangePanel, serviceRisks } from "./change-panel.js";
import { ChangeActions } from "./change-actions.js";
import { ChangeEditor } from "./change-editor.js";
import { CatalogDialog } from "./catalog-dialog.js";
import { getChange, getServices, moveWindow } from "./change-api.js";
import { call } from "../shell/api.js";
import { offerOpenIncidents } from "../board/incident-lookup.js";
import { linkedId, notShown, showInAddress } from "../board/linked-record.js";

startShell();

const state = new CalendarState();
const panel = new ChangePanel(required("[data-change-heading]"), required("[data-change-details]"));
const filter = /** @type {HTMLSelectElement} */ (required("[data-service-filter]"));
const notice = /** @type {HTMLElement} */ (required("[data-notice]"));
const connectionLabel = required("[data-connection-label]");
const lastUpdate = required("[data-last-update]");
const params = new URLSearchParams(window.location.search);
/** The service the calendar shows, or null for all. */
let serviceId = params.get("service");

/** @type {string[]} */
const roles = (await call("/api/me")).roles;
const canWork = roles.some((role) => role === "agent" || role === "change-manager" || role === "admin");
// The CAB (approve-changes) also keeps the standard-change templates and the freezes.
const canVote = roles.some((role) => role === "change-manager" || role === "admin");
const editor = new ChangeEditor(/** @type {HTMLDialogElement} */ (required("[data-change-editor]")), (view) => display(view));
const actions = new ChangeActions(required("[data-change-actions]"), { onChanged: (view) => display(view), onEdit: (view) => editor.edit(view) }, canVote);
const newChange = /** @type {HTMLButtonElement} */ (required("[data-new-change]"));
newChange.hidden = !canWork;
newChange.addEventListener("click", () => editor.create());
const catalog = new CatalogDialog(/** @type {HTMLDialogElement} */ (required("[data-catalog]")), (kept) => {
  editor.offerTemplates(kept.templates);
  // Freezes reach the calendar in a stream's snapshot only, so a fresh subscription shows the edit.
  if (state.range) {
    connection?.resubscribe([state.range]);
  }
});
const openCatalog = /** @type {HTMLButtonElement} */ (required("[data-open-catalog]"));
openCatalog.hidden = !canVote;
openCatalog.addEventListener("click", () => void catalog.open());

/**
 * Shows a change in the side panel, with what the user may do to it.
 * @param {any} view a ChangeView
 */
function display(view) {
  panel.show(view);
  if (canWork) {
    actions.show(view);
  }
  if (view.serviceId) {
    void call(`/api/risks?serviceId=${encodeURIComponent(view.serviceId)}&open=true&band=high`)
      .then((risks) => panel.addLater(view.id, serviceRisks(view.serviceId, risks)))
      .catch((error) => console.warn("The service's risks could not be read.", error));
  }
}

/** @param {string | null} text */
function showNotice(text) {
  notice.hidden = !text;
  setText(notice, text ?? "");
}

/**
 * @param {string} id
 * @returns {Promise<any | null>} the change shown, or null when it could not be
 */
async function select(id) {
  try {
    const view = await getChange(id);
    display(view);
    showInAddress(id);
    return view;
  } catch (error) {
    panel.showError(notShown("change", id, error));
    return null;
  }
}

/** @param {any} info Event Calendar's eventDrop / eventResize argument */
async function reschedule(info) {
  const change = state.get(info.event.extendedProps.changeId);
  if (!change) {
    info.revert();
    return;
  }
  try {
    const view = await moveWindow(change.id, change.version, info.event.start, info.event.end);
    showNotice(view.unresolvedConflicts.length > 0 ? `${view.number} now has ${view.unresolvedConflicts.length} unresolved conflict(s).` : null);
    display(view);
  } catch (error) {
    info.revert();
    showNotice(`${change.number} was not moved: ${/** @type {Error} */ (error).message}`);
  }
}

/** @type {BoardConnection | null} */
let connection = null;

keepCalendarAccessible(required("[data-calendar]"));
const calendar = EventCalendar.create(required("[data-calendar]"), {
  view: params.get("view") ?? "timeGridWeek",
  date: params.get("date") ?? new Date(),
  height: "100%",
  firstDay: 1,
  nowIndicator: true,
  editable: false,
  eventStartEditable: true,
  eventDurationEditable: true,
  headerToolbar: { start: "prev,next today", center: "title", end: "dayGridMonth,timeGridWeek,resourceTimelineWeek,listWeek" },
  buttonText: (/** @type {Record<string, string>} */ text) => ({ ...text, resourceTimelineWeek: "by service", listWeek: "list" }),
  resources: [],
  events: [],
  datesSet: (/** @type {{ start: Date, end: Date }} */ info) => {
    state.range = { from: info.start.toISOString(), to: info.end.toISOString(), serviceId };
    connection?.resubscribe([state.range]);
  },
  eventClick: (/** @type {any} */ info) => {
    if (info.event.extendedProps.changeId) {
      void select(info.event.extendedProps.changeId);
    }
  },
  eventDrop: (/** @type {any} */ info) => void reschedule(info),
  eventResize: (/** @type {any} */ info) => void reschedule(info),
});

/** @param {import("./calendar-state.js").CalendarMessage} message */
function showMessage(message) {
  const touched = state.apply(message);
  calendar.setOption("events", state.toEvents());
  setText(lastUpdate, state.lastUpdate ? `Last update ${formatClockTime(Date.parse(state.lastUpdate))}` : "");
  if (panel.selectedId && (message.kind === "snapshot" || touched.has(panel.selectedId))) {
    void select(panel.selectedId);
  }
}

if (!state.range) {
  const view = calendar.getView();
  state.range = { from: view.activeStart.toISOString(), to: view.activeEnd.toISOString(), serviceId };
}
connection = new BoardConnection({
  signalR: window.signalR,
  hubUrl: "/hubs/operations",
  method: "SubscribeChangeCalendar",
  args: [state.range],
  onMessage: showMessage,
  onStateChange: (state, detail) => {
    document.body.dataset.connectionState = state;
    setText(connectionLabel, detail);
  },
});

filter.addEventListener("change", () => {
  serviceId = filter.value || null;
  if (state.range) {
    state.range = { ...state.range, serviceId };
    const url = new URL(window.location.href);
    if (filter.value) {
      url.searchParams.set("service", filter.value);
    } else {
      url.searchParams.delete("service");
    }
    window.history.replaceState(null, "", url);
    connection?.resubscribe([state.range]);
  }
});

Promise.all([getServices(), canWork ? call("/api/change-catalog") : { templates: [] }])
  .then(([services, kept]) => {
    editor.offer(services, kept.templates);
    catalog.offerServices(services);
    for (const service of services) {
      filter.append(new Option(service.name, service.id));
    }
    filter.value = serviceId ?? "";
    calendar.setOption("resources", services.map((service) => ({ id: service.id, title: service.name })));
  })
  .catch((error) => showNotice(`Could not load the services: ${error.message}`));

connection.start();

const linked = linkedId();
if (linked) {
  const view = await select(linked);
  // A shared change opens on the week of its window, unless the address names a date of its own.
  if (view?.window && !params.has("date")) {
    calendar.setOption("date", new Date(view.window.start));
  }
}
if (canWork) {
  void offerOpenIncidents(/** @type {HTMLDataListElement} */ (required("[data-open-incidents]")));
}

