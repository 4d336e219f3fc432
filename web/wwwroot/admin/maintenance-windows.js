// A service's maintenance windows as the API reads and writes them, and as people read them.
import { formatTimeSpan, parseTimeSpan } from "../shell/timespan.js";
import { ProblemError } from "../shell/api.js";

/**
 * @typedef {{ day: string, start: string, duration: string, timeZone: string }} WeeklyWindow
 * @typedef {{ start: string, end: string, reason: string | null }} OneOffWindow
 * @typedef {{ weekly: WeeklyWindow[], oneOff: OneOffWindow[] }} Schedule
 */

export const DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

const WHEN = new Intl.DateTimeFormat(undefined, { weekday: "short", day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });

/** @param {string} text */
export function capitalised(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** @param {WeeklyWindow} window */
export function describeWeekly(window) {
  const hours = parseTimeSpan(window.duration) / 3_600_000;
  return `Every ${capitalised(window.day)} at ${window.start.slice(0, 5)} for ${hours} h (${window.timeZone})`;
}

/** @param {OneOffWindow} window */
export function describeOneOff(window) {
  return `${WHEN.format(new Date(window.start))} to ${WHEN.format(new Date(window.end))}${window.reason ? ` — ${window.reason}` : ""}`;
}

/**
 * Hours as the API's duration, "04:30:00".
 * @param {string} hours
 */
export function durationOf(hours) {
  const value = Number(hours);
  return Number.isFinite(value) && hours.trim() !== "" ? formatTimeSpan(value * 3_600_000) : hours;
}

/**
 * A local date and time from a datetime-local input as an instant, or the text as typed for the server to refuse.
 * @param {string} local
 */
export function instantOf(local) {
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/**
 * The server names a new window's fields by its place in the schedule (weekly[3].start); the form that added it names
 * them start, duration… This renames those of the window at `index` so they show beside the form's own fields.
 * @param {unknown} error
 * @param {string} list "weekly" or "oneOff"
 * @param {number} index
 */
export function forNewWindow(error, list, index) {
  if (!(error instanceof ProblemError)) {
    return error;
  }
  const prefix = `${list}[${index}]`;
  /** @type {Record<string, string[]>} */
  const errors = {};
  for (const [key, messages] of Object.entries(error.errors)) {
    const renamed = key === prefix ? "start" : key.startsWith(`${prefix}.`) ? key.slice(prefix.length + 1) : key;
    errors[renamed] = [...(errors[renamed] ?? []), ...messages];
  }
  return new ProblemError(error.message, errors, error.status);
}
