import { startShell } from "../shell/shell.js";
import { element, required, setText } from "../shell/dom.js";
import { call } from "../shell/api.js";

startShell();

// Chart.js is loaded as a classic script before this module (lib/chart/chart.umd.min.js).
const Chart = /** @type {any} */ (globalThis).Chart;

const form = /** @type {HTMLFormElement} */ (required("[data-controls]"));
const reports = required("[data-reports]");
const problem = required("[data-problem]");
const FILTERS = ["priority", "service", "assignmentGroup", "groupBy"];
const PALETTE = ["#5cb0ff", "#f6c945", "#45d98a", "#ff8f40", "#a9b4ff"];
/** @type {any[]} */
let charts = [];

/** @param {Date} date */
const isoDay = (date) => date.toISOString().slice(0, 10);

/** @param {number} days */
function preset(days) {
  const today = new Date();
  const from = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() - (days - 1)));
  form.elements.namedItem("from").value = isoDay(from);
  form.elements.namedItem("to").value = isoDay(today);
  for (const button of form.querySelectorAll("[data-days]")) {
    button.setAttribute("aria-pressed", String(button.getAttribute("data-days") === String(days)));
  }
}

/** The page's query string: the range and the filters, so a report can be linked and printed as shown. */
function query() {
  const params = new URLSearchParams();
  for (const name of ["from", "to", ...FILTERS]) {
    const value = /** @type {HTMLInputElement} */ (form.elements.namedItem(name)).value.trim();
    if (value) {
      params.set(name, value);
    }
  }
  return params;
}

/**
 * The page's query as one report accepts it: a report refuses a filter its tickets do not carry (changes have no
 * priority) and a grouping it does not offer (the backlog's rows are ages), so those are left out for it.
 * @param {{ filters: string[], groupBy: string[] }} report
 * @param {URLSearchParams} params
 */
function accepted(report, params) {
  const own = new URLSearchParams(params);
  for (const name of ["priority", "service", "assignmentGroup"]) {
    if (!report.filters.includes(name)) {
      own.delete(name);
    }
  }
  if (own.has("groupBy") && !report.groupBy.includes(/** @type {string} */ (own.get("groupBy")))) {
    own.delete("groupBy");
  }
  return own;
}

/** @param {unknown} value */
function cell(value) {
  if (value === null || value === undefined) {
    return "–";
  }
  return typeof value === "number" ? value.toLocaleString("en", { maximumFractionDigits: 1 }) : String(value);
}

/**
 * @param {any} report
 * @returns {HTMLTableElement}
 */
function table(report) {
  const head = element("tr", {}, ...report.columns.map((c) => element("th", { text: c.label, attributes: { scope: "col" } })));
  const first = report.columns[0].name;
  /** @param {any} row @param {string} className */
  const line = (row, className) => element("tr", { className, attributes: { "data-row": String(row[first]) } },
    ...report.columns.map((c) => element("td", { text: cell(row[c.name]), attributes: { "data-column": c.name } })));
  const body = element("tbody", {}, ...report.rows.map((row) => line(row, "")));
  if (report.total) {
    body.append(line(report.total, "total"));
  }
  return element("table", {}, element("thead", {}, head), body);
}

/**
 * @param {HTMLCanvasElement} canvas
 * @param {any} report
 */
function chart(canvas, report) {
  const styles = getComputedStyle(document.documentElement);
  const color = styles.getPropertyValue("--muted").trim() || "#9fb0c4";
  const grid = styles.getPropertyValue("--line").trim() || "#223043";
  const scales = { x: { ticks: { color }, grid: { color: grid } }, y: { beginAtZero: true, ticks: { color }, grid: { color: grid } } };
  const labelOf = (/** @type {string} */ name) => report.columns.find((/** @type {any} */ c) => c.name === name)?.label ?? name;
  const config = report.series
    ? {
        type: "line",
        data: {
          labels: report.series.map((/** @type {any} */ p) => p.day),
          datasets: [{ label: "Incidents in the backlog", data: report.series.map((/** @type {any} */ p) => p.open), borderColor: PALETTE[0], backgroundColor: PALETTE[0], pointRadius: 0 }],
        },
      }
    : {
        type: "bar",
        data: {
          labels: report.rows.map((/** @type {any} */ r) => String(r[report.columns[0].name])),
          datasets: report.chart.map((/** @type {string} */ name, /** @type {number} */ i) => ({
            label: labelOf(name), data: report.rows.map((/** @type {any} */ r) => r[name]), backgroundColor: PALETTE[i % PALETTE.length],
          })),
        },
      };
  return new Chart(canvas, {
    ...config,
    options: { responsive: true, maintainAspectRatio: false, animation: false, scales, plugins: { legend: { labels: { color } } } },
  });
}

/**
 * @param {any} report
 * @param {any} info the report as listed: the filters and groupings it accepts
 */
function panel(report, info) {
  const csv = accepted(info, query());
  csv.set("format", "csv");
  const canvas = element("canvas", { attributes: { role: "img", "aria-label": `${report.title} chart` } });
  const empty = report.rows.length === 0 && !report.series;
  const section = element("section", { className: "report", attributes: { "data-report": report.report, "aria-label": report.title } },
    element("h2", { text: report.title }),
    empty ? element("p", { className: "report-empty", text: "Nothing in this range." }) : element("div", { className: "report-chart" }, canvas),
    element("div", { className: "report-table", attributes: { tabindex: "0", "aria-label": `${report.title} table` } }, table(report)),
    element("p", { className: "report-links" },
      element("a", { className: "button", text: "Download CSV", attributes: { href: `/api/reports/${encodeURIComponent(report.report)}?${csv}`, download: "" } })));
  return { section, canvas: empty ? null : canvas };
}

async function show() {
  setText(problem, "");
  const params = query();
  history.replaceState(null, "", `?${params}`);
  try {
    const list = await call("/api/reports");
    const results = await Promise.all(list.map((/** @type {any} */ r) => call(`/api/reports/${encodeURIComponent(r.name)}?${accepted(r, params)}`)));
    for (const old of charts) {
      old.destroy();
    }
    const panels = results.map((report, i) => panel(report, list[i]));
    reports.replaceChildren(...panels.map((p) => p.section));
    charts = panels.filter((p) => p.canvas).map((p) => chart(/** @type {HTMLCanvasElement} */ (p.canvas), results[panels.indexOf(p)]));
    setText(required("[data-range-text]"), `${params.get("from")} to ${params.get("to")}${filtersText(params)}`);
    reports.setAttribute("data-loaded", params.toString());
    document.body.dataset.ready = "true";
  } catch (failure) {
    const errors = /** @type {any} */ (failure).errors ?? {};
    const details = Object.values(errors).flat();
    setText(problem, details.length > 0 ? details.join(" ") : String(/** @type {Error} */ (failure).message));
  }
}

/** @param {URLSearchParams} params */
function filtersText(params) {
  const parts = FILTERS.filter((f) => params.has(f)).map((f) => `${f} ${params.get(f)}`);
  return parts.length === 0 ? "" : ` · ${parts.join(", ")}`;
}

// Printed charts need dark text on white paper: redraw them in the print colours and back afterwards.
/** @param {string} color */
function recolour(color) {
  for (const instance of charts) {
    for (const scale of Object.values(instance.options.scales ?? {})) {
      /** @type {any} */ (scale).ticks.color = color;
    }
    instance.options.plugins.legend.labels.color = color;
    instance.resize();
    instance.update();
  }
}
window.addEventListener("beforeprint", () => recolour("#000"));
window.addEventListener("afterprint", () => recolour(getComputedStyle(document.documentElement).getPropertyValue("--muted").trim()));

for (const button of form.querySelectorAll("[data-days]")) {
  button.addEventListener("click", () => {
    preset(Number(button.getAttribute("data-days")));
    void show();
  });
}
form.addEventListener("submit", (event) => {
  event.preventDefault();
  for (const button of form.querySelectorAll("[data-days]")) {
    button.setAttribute("aria-pressed", "false");
  }
  void show();
});
required("[data-print]").addEventListener("click", () => window.print());

const initial = new URLSearchParams(window.location.search);
preset(Number(initial.get("days") ?? 30));
for (const name of ["from", "to", ...FILTERS]) {
  const value = initial.get(name);
  if (value) {
    /** @type {HTMLInputElement} */ (form.elements.namedItem(name)).value = value;
  }
}
void show();
