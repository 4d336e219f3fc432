import { formatDurationText, parseTimeSpan } from "../shell/timespan.js";

/** @param {string | null | undefined} span a .NET TimeSpan */
function readable(span) {
  return span ? formatDurationText(parseTimeSpan(span)) : "—";
}

/**
 * RTO, RPO and maximum tolerable downtime as table cells.
 * @param {{ rto: string, rpo: string, maximumTolerableDowntime: string } | null} objectives
 */
export function objectivesText(objectives) {
  return objectives ? [readable(objectives.rto), readable(objectives.rpo), readable(objectives.maximumTolerableDowntime)] : ["—", "—", "—"];
}

/**
 * What the services depending on this one need of it.
 * @param {{ requiredRto: string | null, rtoRequiredBy: string | null, requiredRpo: string | null, rpoRequiredBy: string | null }} check
 */
export function requiredText(check) {
  const parts = [];
  if (check.requiredRto) {
    parts.push(`RTO ${readable(check.requiredRto)} (${check.rtoRequiredBy})`);
  }
  if (check.requiredRpo) {
    parts.push(`RPO ${readable(check.requiredRpo)} (${check.rpoRequiredBy})`);
  }
  return parts.length ? parts.join(" · ") : "—";
}

/**
 * The verdict on a service's objectives: short for the table, whole for the analysis.
 * @param {any} row a row of /api/continuity/services
 * @returns {{ text: string, detail: string, flagged: boolean, ok: boolean }}
 */
export function checkText(row) {
  const { check } = row;
  const own = row.impact.impact.objectives;
  const problems = [];
  if (check.rtoTooLong) {
    problems.push(`its RTO (${readable(own.rto)}) is longer than ${check.rtoRequiredBy} needs (${readable(check.requiredRto)})`);
  }
  if (check.rpoTooLong) {
    problems.push(`its RPO (${readable(own.rpo)}) is longer than ${check.rpoRequiredBy} needs (${readable(check.requiredRpo)})`);
  }
  if (problems.length) {
    const text = problems.length === 2 ? "RTO and RPO too long" : problems[0].startsWith("its RTO") ? "RTO too long" : "RPO too long";
    return { text, detail: `Inconsistent: ${problems.join("; ")}.`, flagged: true, ok: false };
  }
  if (!own) {
    return {
      text: "No objectives",
      detail: check.requiredRto ? `No objectives recorded; the services above it need it back within ${readable(check.requiredRto)}.` : "No objectives recorded.",
      flagged: false,
      ok: false,
    };
  }
  return { text: "Consistent", detail: "Its objectives meet what the services above it need.", flagged: false, ok: true };
}
