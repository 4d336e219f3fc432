import { element, setText } from "../shell/dom.js";

/**
 * @typedef {object} SearchHit
 * @property {string} kind
 * @property {string} id
 * @property {string} number
 * @property {string} title
 * @property {string} status
 * @property {boolean} isOpen
 * @property {number | null} priority
 * @property {string | null} serviceId
 * @property {string | null} assignmentGroup
 * @property {string | null} assignee
 * @property {string} createdAt
 * @property {string} updatedAt
 * @property {boolean} slaBreached
 * @property {string | null} [snippet] where the words were found, when the search says
 */

/** @type {Record<string, { label: string, text: (hit: SearchHit) => string }>} */
export const COLUMNS = {
  number: { label: "Number", text: (h) => h.number },
  kind: { label: "Kind", text: (h) => h.kind },
  title: { label: "Title", text: (h) => h.title },
  status: { label: "Status", text: (h) => h.status },
  priority: { label: "Priority", text: (h) => (h.priority ? `P${h.priority}` : "") },
  serviceId: { label: "Service", text: (h) => h.serviceId ?? "" },
  assignmentGroup: { label: "Group", text: (h) => h.assignmentGroup ?? "" },
  assignee: { label: "Assignee", text: (h) => h.assignee ?? "" },
  createdAt: { label: "Created", text: (h) => when(h.createdAt) },
  updatedAt: { label: "Updated", text: (h) => when(h.updatedAt) },
  slaBreached: { label: "SLA", text: (h) => (h.slaBreached ? "breached" : "") },
};

export const DEFAULT_COLUMNS = ["number", "title", "status", "priority", "assignee", "updatedAt"];

/** @param {string} at */
function when(at) {
  return at.slice(0, 16).replace("T", " ");
}

/**
 * Where a hit's own page is: incidents open in the ticket page, other kinds in their console, which opens the record
 * the address names. Known errors are problems; a service is named by its key, which is its number.
 * @param {SearchHit} hit
 * @returns {string | null}
 */
export function pageOf(hit) {
  const id = encodeURIComponent(hit.id);
  switch (hit.kind) {
    case "incident": return `/ticket.html?id=${id}`;
    case "problem":
    case "known-error": return `/problems.html?id=${id}`;
    case "change": return `/changes.html?id=${id}`;
    case "service-request": return `/requests.html?id=${id}`;
    case "service": return `/services.html?id=${encodeURIComponent(hit.serviceId ?? hit.number)}`;
    default: return null;
  }
}

/**
 * The result rows, updated in place: a row keeps its element while its record stays in the results, moves to the
 * record's new place and leaves when the record no longer matches. Every text goes in through textContent.
 */
export class ResultTable {
  #head;
  #body;
  /** @type {string[]} */
  #columns = DEFAULT_COLUMNS;
  /** @type {SearchHit[]} */
  #hits = [];

  /**
   * @param {HTMLTableRowElement} head
   * @param {HTMLTableSectionElement} body
   */
  constructor(head, body) {
    this.#head = head;
    this.#body = body;
  }

  get columns() {
    return this.#columns;
  }

  get count() {
    return this.#hits.length;
  }

  /** @param {string[]} columns */
  setColumns(columns) {
    this.#columns = columns.filter((c) => c in COLUMNS);
    if (this.#columns.length === 0) {
      this.#columns = DEFAULT_COLUMNS;
    }
    this.#head.replaceChildren(...this.#columns.map((c) => element("th", { text: COLUMNS[c].label, attributes: { scope: "col" } })));
    this.#body.replaceChildren();
    this.show(this.#hits);
  }

  /** @param {SearchHit[]} hits in the order to show them */
  show(hits) {
    this.#hits = hits;
    /** @type {Map<string, HTMLTableRowElement>} */
    const rows = new Map();
    for (const row of /** @type {HTMLTableRowElement[]} */ ([...this.#body.rows])) {
      rows.set(row.dataset.key ?? "", row);
    }
    const keep = new Set();
    /** @type {Element | null} */
    let previous = null;
    for (const hit of hits) {
      const key = `${hit.kind}:${hit.id}`;
      keep.add(key);
      const row = rows.get(key) ?? this.#newRow(key);
      this.#fill(row, hit);
      const expected = previous ? previous.nextElementSibling : this.#body.firstElementChild;
      if (expected !== row) {
        this.#body.insertBefore(row, expected);
      }
      previous = row;
    }
    for (const [key, row] of rows) {
      if (!keep.has(key)) {
        row.remove();
      }
    }
  }

  /** @param {string} key */
  #newRow(key) {
    const row = element("tr", { attributes: { "data-key": key } });
    row.append(...this.#columns.map(() => element("td")));
    return row;
  }

  /**
   * @param {HTMLTableRowElement} row
   * @param {SearchHit} hit
   */
  #fill(row, hit) {
    row.dataset.number = hit.number;
    row.dataset.open = String(hit.isOpen);
    row.dataset.status = hit.status;
    this.#columns.forEach((column, i) => {
      const cell = row.cells[i];
      const text = COLUMNS[column].text(hit);
      if (column === "number" || column === "title") {
        this.#link(cell, hit, text, column === "title" ? hit.snippet ?? null : null);
      } else {
        setText(cell, text);
      }
    });
  }

  /**
   * @param {HTMLTableCellElement} cell
   * @param {SearchHit} hit
   * @param {string} text
   * @param {string | null} snippet
   */
  #link(cell, hit, text, snippet) {
    const href = pageOf(hit);
    let anchor = cell.querySelector("a");
    if (!anchor) {
      anchor = element("a");
      cell.replaceChildren(anchor);
    }
    if (href) {
      anchor.setAttribute("href", href);
    } else {
      anchor.removeAttribute("href");
    }
    setText(anchor, text);
    let note = cell.querySelector(".snippet");
    if (snippet) {
      if (!note) {
        note = element("span", { className: "snippet" });
        cell.append(note);
      }
      showSnippet(note, snippet);
    } else {
      note?.remove();
    }
  }
}

/**
 * The search marks matched words with <mark> in text it has escaped; only those marks become elements here, every
 * other piece is set as text, so nothing in a ticket can become markup.
 * @param {HTMLElement} target
 * @param {string} snippet
 */
function showSnippet(target, snippet) {
  const parsed = new DOMParser().parseFromString(`<body>${snippet}</body>`, "text/html").body;
  const parts = [...parsed.childNodes].map((node) =>
    node.nodeName === "MARK" ? element("mark", { text: node.textContent ?? "" }) : document.createTextNode(node.textContent ?? ""));
  target.replaceChildren(...parts);
}
