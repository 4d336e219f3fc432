import { startShell } from "../shell/shell.js";
import { BoardConnection } from "../shell/board-connection.js";
import { element, required, setText } from "../shell/dom.js";
import { call } from "../shell/api.js";
import { coalesced } from "./coalesce.js";
import { COLUMNS, DEFAULT_COLUMNS, ResultTable } from "./result-table.js";
import { apiQuery, readSearch, writeSearch } from "./search-form.js";
import { createView, deleteView, listViews, updateView } from "./saved-views.js";

startShell();

/** @typedef {import("./result-table.js").SearchHit} SearchHit */
/** @typedef {import("./saved-views.js").SavedView} SavedView */

const PAGE = 50;
/** The most rows one live refresh re-reads (the API's largest page). */
const MAX_REFRESH = 200;

const form = /** @type {HTMLFormElement} */ (required("[data-search]"));
const table = new ResultTable(required("[data-result-head]"), required("[data-results]"));
const more = /** @type {HTMLButtonElement} */ (required("[data-more]"));
const summary = required("[data-summary]");
const searchError = required("[data-search-error]");
const csv = /** @type {HTMLAnchorElement} */ (required("[data-csv]"));
const columnPicker = required("[data-columns]");
const viewPicker = /** @type {HTMLSelectElement} */ (required("[data-views]"));
const viewName = /** @type {HTMLInputElement} */ (required("[data-view-name]"));
const shareGroups = required("[data-share-groups]");
const saveButton = /** @type {HTMLButtonElement} */ (required("[data-save-view]"));
const deleteButton = /** @type {HTMLButtonElement} */ (required("[data-delete-view]"));
const viewError = required("[data-view-error]");

/** @type {SearchHit[]} */
let hits = [];
/** @type {string | null} */
let next = null;
/** Tells the answer to the latest search apart from older ones still arriving. */
let generation = 0;
/** @type {SavedView[]} */
let views = [];
let me = { name: "", roles: /** @type {string[]} */ ([]), groups: /** @type {string[]} */ ([]) };

/**
 * @param {{ query: string, sort: string }} search
 * @param {{ limit?: number, after?: string | null }} page
 * @returns {Promise<{ items: SearchHit[], nextCursor: string | null }>}
 */
function fetchPage(search, page) {
  return call(`/api/search?${apiQuery(search, page)}`);
}

/** Runs the form's search from its first page. */
async function search() {
  const current = readSearch(form);
  const mine = ++generation;
  history.replaceState(null, "", `?${apiQuery(current)}`);
  csv.href = `/api/search?${apiQuery(current, { format: "csv" })}`;
  try {
    const page = await fetchPage(current, { limit: PAGE });
    if (mine === generation) {
      show(page.items, page.nextCursor);
      setText(searchError, "");
    }
  } catch (error) {
    if (mine === generation) {
      show([], null);
      setText(searchError, error instanceof Error ? error.message : String(error));
    }
  }
}

/** Re-reads the rows on show, so changed tickets move, new ones appear and those that no longer match leave. */
const refresh = coalesced(async () => {
  const mine = generation;
  const page = await fetchPage(readSearch(form), { limit: Math.min(MAX_REFRESH, Math.max(PAGE, hits.length)) });
  if (mine === generation) {
    show(page.items, page.nextCursor);
  }
});

async function loadMore() {
  const mine = generation;
  const page = await fetchPage(readSearch(form), { limit: PAGE, after: next });
  if (mine === generation) {
    const shown = new Set(hits.map((h) => `${h.kind}:${h.id}`));
    show([...hits, ...page.items.filter((h) => !shown.has(`${h.kind}:${h.id}`))], page.nextCursor);
  }
}

/**
 * @param {SearchHit[]} items
 * @param {string | null} cursor
 */
function show(items, cursor) {
  hits = items;
  next = cursor;
  table.show(items);
  more.hidden = cursor === null;
  setText(summary, `${items.length}${cursor ? "+" : ""} ${items.length === 1 && !cursor ? "result" : "results"}`);
}

function buildColumnPicker() {
  columnPicker.replaceChildren(...Object.entries(COLUMNS).map(([key, column]) => {
    const box = element("input", { attributes: { type: "checkbox", value: key, "data-column": key } });
    box.checked = table.columns.includes(key);
    box.addEventListener("change", () => table.setColumns(checkedColumns()));
    return element("label", {}, box, document.createTextNode(` ${column.label}`));
  }));
}

function checkedColumns() {
  return [...columnPicker.querySelectorAll("input:checked")].map((box) => /** @type {HTMLInputElement} */ (box).value);
}

/** @param {string[]} columns */
function useColumns(columns) {
  table.setColumns(columns.length > 0 ? columns : DEFAULT_COLUMNS);
  for (const box of /** @type {HTMLInputElement[]} */ ([...columnPicker.querySelectorAll("input")])) {
    box.checked = table.columns.includes(box.value);
  }
}

function buildSharePicker() {
  if (me.groups.length === 0) {
    shareGroups.append(element("p", { text: "You are in no group to share with." }));
  }
  for (const group of me.groups) {
    const box = element("input", { attributes: { type: "checkbox", value: group, "data-share": group } });
    shareGroups.append(element("label", {}, box, document.createTextNode(` ${group}`)));
  }
}

/** @param {string[]} groups */
function useShares(groups) {
  const lower = new Set(groups.map((g) => g.toLowerCase()));
  for (const box of /** @type {HTMLInputElement[]} */ ([...shareGroups.querySelectorAll("input")])) {
    box.checked = lower.has(box.value.toLowerCase());
  }
}

/** @param {string | null} [select] the id of the view to select */
async function loadViews(select = null) {
  views = await listViews();
  viewPicker.replaceChildren(element("option", { text: "—", attributes: { value: "" } }), ...views.map((view) =>
    element("option", { text: view.owner === me.name ? view.name : `${view.name} (shared by ${view.owner})`, attributes: { value: view.id } })));
  viewPicker.value = select ?? "";
  deleteButton.disabled = selectedOwnView() === null;
}

function selectedView() {
  return views.find((v) => v.id === viewPicker.value) ?? null;
}

function selectedOwnView() {
  const view = selectedView();
  return view && view.owner === me.name ? view : null;
}

async function openView() {
  const view = selectedView();
  deleteButton.disabled = selectedOwnView() === null;
  setText(viewError, "");
  if (!view) {
    return;
  }
  viewName.value = view.name;
  writeSearch(form, view.query, view.sort);
  useColumns(view.columns);
  useShares(view.owner === me.name ? view.sharedWith : []);
  await search();
}

async function saveView() {
  const current = readSearch(form);
  const definition = {
    name: viewName.value,
    query: current.query,
    sort: current.sort || null,
    columns: table.columns,
    sharedWith: [...shareGroups.querySelectorAll("input:checked")].map((box) => /** @type {HTMLInputElement} */ (box).value),
  };
  const own = selectedOwnView();
  try {
    const saved = own && own.name.toLowerCase() === viewName.value.trim().toLowerCase()
      ? await updateView(own, definition)
      : await createView(definition);
    setText(viewError, "");
    await loadViews(saved.id);
  } catch (error) {
    setText(viewError, error instanceof Error ? error.message : String(error));
  }
}

async function removeView() {
  const own = selectedOwnView();
  if (!own) {
    return;
  }
  try {
    await deleteView(own);
    setText(viewError, "");
    viewName.value = "";
    await loadViews();
  } catch (error) {
    setText(viewError, error instanceof Error ? error.message : String(error));
  }
}

let missedWhileHidden = false;

/**
 * Re-reads the rows whenever the hub says a ticket changed: the whole board for those who may watch it, only their own
 * tickets for requesters (who may not).
 */
function followChanges() {
  document.addEventListener("visibilitychange", () => {
    if (!document.hidden && missedWhileHidden) {
      missedWhileHidden = false;
      refresh();
    }
  });
  const label = required("[data-connection-label]");
  // Mirrors the server: someone with no role but requester sees only their own records.
  const requesterOnly = me.roles.every((role) => role === "requester");
  new BoardConnection({
    signalR: /** @type {any} */ (window).signalR,
    hubUrl: "/hubs/operations",
    ...(requesterOnly ? { method: "SubscribeMyTickets", args: [] } : { scope: { kind: "all", value: null } }),
    // Any change to an open ticket (or one leaving the open list), or to one of a requester's own, may change what
    // this search shows; a hidden tab catches up once when it is shown again.
    onMessage: () => {
      if (document.hidden) {
        missedWhileHidden = true;
      } else {
        refresh();
      }
    },
    onStateChange: (state, detail) => {
      document.body.dataset.connectionState = state;
      setText(label, detail);
    },
  }).start();
}

async function start() {
  me = await call("/api/me");
  const initial = new URLSearchParams(window.location.search);
  const sort = initial.get("sort");
  for (const key of ["sort", "limit", "after", "format"]) {
    initial.delete(key);
  }
  writeSearch(form, initial.toString(), sort);
  table.setColumns(DEFAULT_COLUMNS);
  buildColumnPicker();
  buildSharePicker();
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void search();
  });
  for (const select of form.querySelectorAll("select, input[type=date]")) {
    select.addEventListener("change", () => void search());
  }
  more.addEventListener("click", () => void loadMore());
  viewPicker.addEventListener("change", () => void openView());
  saveButton.addEventListener("click", () => void saveView());
  deleteButton.addEventListener("click", () => void removeView());
  await Promise.all([search(), loadViews()]);
  followChanges();
  document.body.dataset.ready = "true";
}

void start();
