// Data tools for administrators: CSV import with a dry run, SLA repair preview and apply, the JSON export.
import { startShell } from "../shell/shell.js";

startShell();

const importForm = document.querySelector("[data-import-form]");
const importRun = document.querySelector("[data-import-run]");
const importSummary = document.querySelector("[data-import-summary]");
const importRejected = document.querySelector("[data-import-rejected]");
const importKind = document.querySelector("[data-import-kind]");
const importColumns = document.querySelector("[data-import-columns]");
const repairForm = document.querySelector("[data-repair-form]");
const repairApply = document.querySelector("[data-repair-apply]");
const repairSummary = document.querySelector("[data-repair-summary]");
const repairRows = document.querySelector("[data-repair-rows]");
const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function post(url, body, contentType) {
  const response = await fetch(url, {
    method: "POST",
    credentials: "same-origin",
    headers: contentType ? { "Content-Type": contentType } : {},
    body,
  });
  const answer = await response.json().catch(() => ({}));
  if (!response.ok) {
    const errors = answer.errors ? Object.values(answer.errors).flat().join(" ") : "";
    throw new Error(`${answer.title ?? response.statusText} ${answer.detail ?? ""} ${errors}`.trim());
  }
  return answer;
}

function cell(row, text) {
  const td = document.createElement("td");
  td.textContent = text ?? "";
  row.append(td);
}

let importKinds = [];

// The kinds and their columns come from the server, so the page always names the columns the import accepts.
async function loadImportKinds() {
  const response = await fetch("/api/import/kinds", { credentials: "same-origin" });
  importKinds = response.ok ? await response.json() : [];
  importKind.replaceChildren(...importKinds.map((kind) => {
    const option = document.createElement("option");
    option.value = kind.kind;
    option.textContent = kind.label;
    return option;
  }));
  showImportColumns();
}

function showImportColumns() {
  const kind = importKinds.find((k) => k.kind === importKind.value);
  importColumns.textContent = kind
    ? `Columns: ${kind.columns.map((c) => (kind.required.includes(c) ? `${c} (required)` : c)).join(", ")}.`
    : "";
  importColumns.dataset.kind = kind?.kind ?? "";
}

async function runImport(dryRun) {
  const kind = importForm.elements.kind.value;
  const file = importForm.elements.file.files[0];
  if (!file) return;
  importSummary.textContent = dryRun ? "Checking…" : "Importing…";
  try {
    const report = await post(`/api/import/${kind}?dryRun=${dryRun}`, await file.text(), "text/csv");
    importRejected.replaceChildren(...report.rejected.map((problem) => {
      const row = document.createElement("tr");
      row.dataset.row = problem.row;
      cell(row, String(problem.row));
      cell(row, problem.column ?? "(whole row)");
      cell(row, problem.reason);
      return row;
    }));
    importSummary.textContent = dryRun
      ? `${report.rows} rows: ${report.accepted} would be imported, ${report.rejected.length} rejected.`
      : `${report.imported.length} imported (${report.imported.filter((r) => r.alreadyImported).length} already there), ${report.rejected.length} rejected.`;
    importSummary.dataset.state = dryRun ? "checked" : "imported";
    importRun.disabled = !dryRun || report.accepted === 0;
  } catch (error) {
    importSummary.textContent = error.message;
    importSummary.dataset.state = "failed";
    importRun.disabled = true;
  }
}

function repairUrl(target, dryRun) {
  return guid.test(target)
    ? `/api/incidents/${encodeURIComponent(target)}/sla/recompute?dryRun=${dryRun}`
    : `/api/sla/policies/${encodeURIComponent(target)}/recompute?dryRun=${dryRun}`;
}

// What applying the repair sets off: thresholds it fires now (a breach reaches webhooks and the board) or clears.
function thresholdShift(clock) {
  const parts = [];
  if (clock.revealed?.length) parts.push(`fires ${clock.revealed.join(", ")}`);
  if (clock.withdrawn?.length) parts.push(`clears ${clock.withdrawn.join(", ")}`);
  return parts.join("; ") || "—";
}

async function runRepair(dryRun) {
  const target = repairForm.elements.target.value.trim();
  repairSummary.textContent = dryRun ? "Recomputing…" : "Applying…";
  try {
    const answer = await post(repairUrl(target, dryRun));
    const reports = answer.items ?? [answer];
    repairRows.replaceChildren(...reports.flatMap((report) => report.clocks.map((clock) => {
      const row = document.createElement("tr");
      row.dataset.ticket = report.number;
      row.dataset.clock = clock.kind;
      row.dataset.changed = clock.changed;
      cell(row, report.number);
      cell(row, clock.kind);
      cell(row, clock.before.dueAt ?? "—");
      cell(row, clock.after.dueAt ?? "—");
      cell(row, clock.before.breached ? "yes" : "no");
      cell(row, clock.after.breached ? "yes" : "no");
      cell(row, clock.changed ? "changed" : "same");
      cell(row, thresholdShift(clock));
      return row;
    })));
    const changed = reports.filter((r) => r.changed).length;
    const skipped = reports.filter((r) => r.skipped).length;
    const others = skipped ? ` ${skipped} skipped: under another policy.` : "";
    repairSummary.textContent = dryRun
      ? `${reports.length - skipped} ticket(s), ${changed} would change.${others}`
      : `${reports.filter((r) => r.applied).length} ticket(s) repaired.${others}`;
    repairSummary.dataset.state = dryRun ? "previewed" : "applied";
    repairApply.disabled = !dryRun || changed === 0;
  } catch (error) {
    repairSummary.textContent = error.message;
    repairSummary.dataset.state = "failed";
    repairApply.disabled = true;
  }
}

importForm.addEventListener("submit", (event) => { event.preventDefault(); runImport(true); });
importForm.addEventListener("change", () => { importRun.disabled = true; });
importKind.addEventListener("change", showImportColumns);
importRun.addEventListener("click", () => runImport(false));
repairForm.addEventListener("submit", (event) => { event.preventDefault(); runRepair(true); });
repairApply.addEventListener("click", () => runRepair(false));
loadImportKinds().finally(() => { document.body.dataset.ready = "true"; });
