import { element, flash, setData, setText } from "../shell/dom.js";
import { statusLabel } from "../shell/format.js";
import { mostUrgentFirst } from "./incident-order.js";
import { SlaCell, worseUrgency } from "./sla-cell.js";
import { RowActions } from "./row-actions.js";
import { offScreenSummary } from "./off-screen-summary.js";

/** @typedef {import("./protocol.js").IncidentSummary} IncidentSummary */
/** @typedef {import("./board-state.js").BoardState} BoardState */
/** @typedef {import("./board-state.js").BoardChanges} BoardChanges */
/** @typedef {import("./row-actions.js").Actor} Actor */

/** The most urgent rows put in the table; more would not fit a wall screen even when scrolled. */
export const MAX_ROWS = 60;

const NONE = "\u2014";

/** One row of the table, kept across updates so that only changed text is touched. */
class IncidentRow {
  node;
  version = -1;
  /** @type {IncidentSummary | null} */
  incident = null;
  #number = element("a", { className: "ticket-link" });
  #priority = element("span", { className: "priority" });
  #title = element("td", { className: "title" });
  #status = element("span", { className: "status" });
  #service = element("td", { className: "service" });
  #group = element("span", { className: "group" });
  #assignee = element("span", { className: "assignee" });
  #response = new SlaCell("response");
  #resolution = new SlaCell("resolution");
  actions = new RowActions();

  /** @param {IncidentSummary} incident */
  constructor(incident) {
    this.#number.setAttribute("href", `/ticket.html?id=${encodeURIComponent(incident.id)}`);
    this.node = element(
      "tr",
      { attributes: { "data-incident-id": incident.id } },
      element("td", { className: "number" }, this.#number),
      element("td", { className: "priority-cell" }, this.#priority),
      this.#title,
      element("td", { className: "status-cell" }, this.#status),
      this.#service,
      element("td", { className: "owner" }, this.#group, this.#assignee),
      this.#response.node,
      this.#resolution.node,
      this.actions.node,
    );
  }

  /**
   * @param {IncidentSummary} incident
   * @param {Actor | null} actor
   */
  update(incident, actor) {
    this.incident = incident;
    this.version = incident.version;
    setData(this.node, "number", incident.number);
    setData(this.node, "priority", incident.priority);
    setData(this.node, "status", incident.status);
    setText(this.#number, incident.number);
    setText(this.#priority, incident.priority);
    setData(this.#priority, "priority", incident.priority);
    setText(this.#title, incident.title);
    this.#title.title = incident.title;
    setText(this.#status, statusLabel(incident.status));
    setData(this.#status, "status", incident.status);
    setText(this.#service, incident.serviceId ?? NONE);
    setText(this.#group, incident.assignmentGroup ?? NONE);
    setText(this.#assignee, incident.assignee ?? "unassigned");
    this.#assignee.classList.toggle("is-unassigned", !incident.assignee);
    this.actions.show(incident, actor);
  }

  /** @param {number} now */
  tick(now) {
    if (!this.incident) {
      return;
    }
    const response = this.#response.show(this.incident.response, now);
    const resolution = this.#resolution.show(this.incident.resolution, now);
    setData(this.node, "level", worseUrgency(response, resolution));
  }
}

/** The open incidents, most urgent first, with countdowns that tick in place. */
export class IncidentTable {
  #body;
  #viewport;
  #more;
  #empty;
  /** @type {Map<string, IncidentRow>} rows currently in the table */
  #rows = new Map();
  /** @type {IncidentSummary[]} every incident in scope, most urgent first */
  #listed = [];
  /** @type {Actor | null} who acts from the rows; nobody on a wallboard */
  #actor = null;
  #hasShownSnapshot = false;

  /**
   * @param {object} elements
   * @param {HTMLTableSectionElement} elements.body the table's tbody
   * @param {HTMLElement} elements.viewport the scrolling box around the table
   * @param {HTMLElement} elements.more shows "+N more" for incidents not on screen
   * @param {HTMLElement} elements.empty shown when there is nothing to list
   */
  constructor({ body, viewport, more, empty }) {
    this.#body = body;
    this.#viewport = viewport;
    this.#more = more;
    this.#empty = empty;
    new ResizeObserver(() => this.#countOffScreen()).observe(viewport);
  }

  /**
   * Brings the table in line with the state after a message, highlighting what the message brought.
   * @param {BoardState} state
   * @param {BoardChanges} changes
   * @param {number} now
   */
  update(state, changes, now) {
    this.arrange(state, now);
    // The first snapshot is the board's starting point, not news.
    if (this.#hasShownSnapshot) {
      for (const id of changes.added) {
        const row = this.#rows.get(id);
        if (row) {
          flash(row.node, "is-arriving");
        }
      }
      for (const id of changes.updated) {
        const row = this.#rows.get(id);
        if (row) {
          flash(row.node, "is-changed");
        }
      }
    }
    this.#hasShownSnapshot ||= changes.snapshot;
  }

  /**
   * Sorts and places rows, creating and dropping them as incidents enter and leave the top of the list.
   * @param {BoardState} state
   * @param {number} now
   */
  arrange(state, now) {
    const listed = mostUrgentFirst(state.incidents.values(), now);
    const visible = listed.slice(0, MAX_ROWS);

    const keep = new Set(visible.map((incident) => incident.id));
    for (const [id, row] of this.#rows) {
      if (!keep.has(id)) {
        row.node.remove();
        this.#rows.delete(id);
      }
    }

    let cursor = this.#body.firstElementChild;
    for (const incident of visible) {
      let row = this.#rows.get(incident.id);
      if (!row) {
        row = new IncidentRow(incident);
        this.#rows.set(incident.id, row);
      }
      if (row.version !== incident.version || row.incident !== incident) {
        row.update(incident, this.#actor);
        row.tick(now);
      }
      if (row.node === cursor) {
        cursor = cursor.nextElementSibling;
      } else {
        this.#body.insertBefore(row.node, cursor);
      }
    }

    this.#empty.hidden = visible.length > 0;
    setText(this.#empty, state.hasData ? "No open incidents in scope" : "Waiting for the board\u2026");

    this.#listed = listed;
    this.#countOffScreen();
  }

  /**
   * Offers acknowledge and take in the rows to this person.
   * @param {Actor} actor
   */
  actAs(actor) {
    this.#actor = actor;
    for (const row of this.#rows.values()) {
      if (row.incident) {
        row.actions.show(row.incident, actor);
      }
    }
  }

  /**
   * The actions of the row of an incident, if it is in the table.
   * @param {string} id
   */
  actionsOf(id) {
    return this.#rows.get(id)?.actions;
  }

  /** Accounts for the listed incidents a viewer cannot see (below the fold or beyond the row limit), by priority. */
  #countOffScreen() {
    const { top, bottom } = this.#viewport.getBoundingClientRect();
    const onScreen = new Set();
    for (const row of this.#body.rows) {
      const box = row.getBoundingClientRect();
      if (box.top >= top - 1 && box.bottom <= bottom + 1) {
        onScreen.add(row.dataset.incidentId);
      }
    }
    const hidden = this.#listed.filter((incident) => !onScreen.has(incident.id));
    this.#more.hidden = hidden.length === 0;
    setText(this.#more, offScreenSummary(hidden));
    this.#more.dataset.hiddenCount = String(hidden.length);
  }

  /**
   * Updates every countdown without rebuilding rows.
   * @param {number} now
   */
  tick(now) {
    for (const row of this.#rows.values()) {
      row.tick(now);
    }
  }
}
