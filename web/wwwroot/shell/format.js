// Text shown on the board, kept short enough to read from across the room.

const MINUS = "\u2212";

/** @type {Record<string, string>} */
const STATUS_LABELS = {
  new: "New",
  assigned: "Assigned",
  inProgress: "In progress",
  onHold: "On hold",
  resolved: "Resolved",
  closed: "Closed",
  cancelled: "Cancelled",
};

/**
 * A countdown: `14:59` under an hour, `3h 12m` under a day, `2d 4h` beyond; overdue times get a minus sign.
 * Seconds round away from zero so that `0:00` is never shown while time is left or overdue.
 * @param {number} ms
 * @returns {string}
 */
export function formatCountdown(ms) {
  if (!Number.isFinite(ms)) {
    return "\u2014";
  }
  const sign = ms < 0 ? MINUS : "";
  const totalSeconds = Math.ceil(Math.abs(ms) / 1000);
  const days = Math.floor(totalSeconds / 86_400);
  const hours = Math.floor((totalSeconds % 86_400) / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  if (days > 0) {
    return `${sign}${days}d ${hours}h`;
  }
  if (hours > 0) {
    return `${sign}${hours}h ${minutes}m`;
  }
  return `${sign}${minutes}:${String(seconds).padStart(2, "0")}`;
}

/**
 * @param {string} status
 * @returns {string}
 */
export function statusLabel(status) {
  return STATUS_LABELS[status] ?? status;
}

const clockFormat = new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" });
const shortTimeFormat = new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
const dateFormat = new Intl.DateTimeFormat(undefined, { weekday: "short", day: "numeric", month: "short", year: "numeric" });

/**
 * @param {number} epochMs
 * @returns {string} local time as HH:MM:SS
 */
export function formatClockTime(epochMs) {
  return clockFormat.format(epochMs);
}

const weekdayFormat = new Intl.DateTimeFormat(undefined, { weekday: "short" });
const dayMonthFormat = new Intl.DateTimeFormat(undefined, { day: "numeric", month: "short" });
const WEEK_MS = 7 * 86_400_000;

/**
 * A moment near `now`, as short as is unambiguous: `20:40` today, `Wed 20:40` within a week, `2 Dec` beyond.
 * @param {number} epochMs
 * @param {number} now
 * @returns {string}
 */
export function formatMoment(epochMs, now) {
  if (new Date(epochMs).toDateString() === new Date(now).toDateString()) {
    return shortTimeFormat.format(epochMs);
  }
  if (Math.abs(epochMs - now) < WEEK_MS - 86_400_000) {
    return `${weekdayFormat.format(epochMs)} ${shortTimeFormat.format(epochMs)}`;
  }
  return dayMonthFormat.format(epochMs);
}

/**
 * @param {number} epochMs
 * @returns {string} local date, e.g. "Mon, 23 Nov 2026"
 */
export function formatDate(epochMs) {
  return dateFormat.format(epochMs);
}
