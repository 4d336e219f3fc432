import { element } from "../shell/dom.js";
import { ProblemError, call } from "../shell/api.js";

// The risk page's small pieces: its choices, the register's query, how a score reads, and links typed as text.

/** @typedef {{ impact: number, likelihood: number }} Assessment */
/** @typedef {{ level: number, name: string, meaning: string }} Level */

const CATEGORIES = ["operational", "supplier", "security", "capacity", "compliance", "financial", "technology"];

/**
 * Fills the level pickers (`select[data-levels=impact|likelihood]`, with "Not scored" where `data-optional`) from the
 * scale GET /api/risks/scale serves, and the category pickers.
 * @param {{ impact: Level[], likelihood: Level[] }} scale
 */
export function fillChoices(scale) {
  for (const select of document.querySelectorAll("select[data-levels]")) {
    const levels = /** @type {Level[]} */ (scale[/** @type {HTMLSelectElement} */ (select).dataset.levels ?? "impact"]);
    /** @type {HTMLSelectElement} */ (select).replaceChildren(
      ...("optional" in /** @type {HTMLElement} */ (select).dataset ? [element("option", { text: "Not scored", attributes: { value: "" } })] : []),
      ...levels.map((l) => element("option", { text: `${l.level} · ${l.name}`, attributes: { value: String(l.level), title: l.meaning } })));
  }
  for (const select of document.querySelectorAll("select[data-category-choices]")) {
    const any = [...select.querySelectorAll("option")];
    select.replaceChildren(...any, ...CATEGORIES.map((c) => element("option", { text: c[0].toUpperCase() + c.slice(1), attributes: { value: c } })));
  }
}

/**
 * The register's filters as the API's query string.
 * @param {HTMLFormElement} filters
 */
export function registerQuery(filters) {
  const data = new FormData(filters);
  const params = new URLSearchParams();
  const status = String(data.get("status") ?? "");
  if (status === "open") {
    params.set("open", "true");
  } else if (status) {
    params.set("status", status);
  }
  for (const name of ["category", "band", "serviceId"]) {
    const value = String(data.get(name) ?? "").trim();
    if (value) {
      params.set(name, value);
    }
  }
  if (data.get("reviewOverdue")) {
    params.set("reviewOverdue", "true");
  }
  return params;
}

/**
 * How a score reads: "4 × 3 = 12 (high)".
 * @param {Assessment | null} assessment
 * @param {string | null} band
 */
export function score(assessment, band) {
  return assessment ? `${assessment.impact} × ${assessment.likelihood} = ${assessment.impact * assessment.likelihood} (${band})` : "not scored";
}

/**
 * The numbers of the changes and problems a risk links, as people quote them.
 * @param {{ changeIds: string[], problemIds: string[] }} links
 */
export async function ticketNumbers(links) {
  const read = (/** @type {string} */ path) => call(path).then((t) => t.number, () => path.split("/").pop());
  return Promise.all([
    ...links.changeIds.map((id) => read(`/api/changes/${id}`)),
    ...links.problemIds.map((id) => read(`/api/problems/${id}`)),
  ]);
}

/**
 * Change and problem numbers (CHG…, PRB…) as the ids the API links by; an unknown number is refused by field.
 * @param {string} text
 */
export async function ticketIds(text) {
  /** @type {{ changeIds: string[], problemIds: string[] }} */
  const links = { changeIds: [], problemIds: [] };
  for (const number of ids(text).map((n) => n.toUpperCase())) {
    const kind = number.startsWith("CHG") ? "changes" : number.startsWith("PRB") ? "problems" : null;
    if (!kind) {
      throw new ProblemError(`'${number}' is not a change (CHG…) or problem (PRB…) number.`, { tickets: ["Give change and problem numbers."] }, 400);
    }
    try {
      const ticket = await call(`/api/${kind}/${encodeURIComponent(number)}`);
      (kind === "changes" ? links.changeIds : links.problemIds).push(ticket.id);
    } catch {
      throw new ProblemError(`There is no ${kind === "changes" ? "change" : "problem"} ${number}.`, { tickets: [`There is no ${number}.`] }, 400);
    }
  }
  return links;
}

/** @param {string} text */
export function ids(text) {
  return text.split(",").map((s) => s.trim()).filter(Boolean);
}
