// .NET serialises TimeSpan in its constant ("c") format: [-][d.]hh:mm:ss[.fffffff].
const CONSTANT_FORMAT = /^(-)?(?:(\d+)\.)?(\d{1,2}):(\d{2}):(\d{2})(?:\.(\d{1,7}))?$/;

/**
 * Converts a .NET TimeSpan string to milliseconds.
 * @param {string | null | undefined} text
 * @returns {number} milliseconds, or NaN when the text is not a TimeSpan
 */
export function parseTimeSpan(text) {
  const match = typeof text === "string" ? CONSTANT_FORMAT.exec(text) : null;
  if (!match) {
    return Number.NaN;
  }
  const [, minus, days, hours, minutes, seconds, fraction] = match;
  const wholeSeconds = ((Number(days ?? 0) * 24 + Number(hours)) * 60 + Number(minutes)) * 60 + Number(seconds);
  // Seven fraction digits are ticks of 100 ns.
  const fractionMs = fraction ? Number(fraction.padEnd(7, "0")) / 10_000 : 0;
  const ms = wholeSeconds * 1000 + fractionMs;
  return minus ? -ms : ms;
}

/**
 * Writes whole seconds as a .NET TimeSpan in its constant format, the way the API reads durations.
 * @param {number} ms milliseconds, not negative
 * @returns {string} e.g. "00:45:00" or "1.02:00:00"
 */
export function formatTimeSpan(ms) {
  const total = Math.round(ms / 1000);
  const two = (/** @type {number} */ n) => String(n).padStart(2, "0");
  const days = Math.floor(total / 86_400);
  const clock = `${two(Math.floor((total % 86_400) / 3600))}:${two(Math.floor((total % 3600) / 60))}:${two(total % 60)}`;
  return days > 0 ? `${days}.${clock}` : clock;
}

const UNIT_MS = /** @type {Record<string, number>} */ ({ d: 86_400_000, h: 3_600_000, m: 60_000, s: 1000 });

/**
 * Reads a duration as people type it: "4h", "1d 12h", "90m", "0" or a TimeSpan such as "04:00:00".
 * @param {string} text
 * @returns {number} milliseconds, or NaN when the text is none of these
 */
export function parseDurationText(text) {
  const trimmed = text.trim().toLowerCase();
  if (trimmed === "0") {
    return 0;
  }
  const parts = [...trimmed.matchAll(/(\d+(?:\.\d+)?)\s*([dhms])/g)];
  if (parts.length > 0 && parts.map((p) => p[0]).join("").replace(/\s/g, "") === trimmed.replace(/\s/g, "")) {
    return parts.reduce((total, [, amount, unit]) => total + Number(amount) * UNIT_MS[unit], 0);
  }
  return parseTimeSpan(trimmed);
}

/**
 * Writes a duration the way people read it: "4h", "1d 12h", "15m", "0".
 * @param {number} ms
 */
export function formatDurationText(ms) {
  if (!(ms > 0)) {
    return "0";
  }
  let left = Math.round(ms / 1000) * 1000;
  const parts = [];
  for (const [unit, size] of Object.entries(UNIT_MS)) {
    if (left >= size) {
      parts.push(`${Math.floor(left / size)}${unit}`);
      left %= size;
    }
  }
  return parts.join(" ");
}

/**
 * A duration as typed ("30m", "1d 12h") written as the API reads it; what cannot be read is returned as typed, for the
 * hub to refuse by field name.
 * @param {string} text
 */
export function durationForApi(text) {
  const ms = parseDurationText(text);
  return Number.isNaN(ms) ? text.trim() : formatTimeSpan(ms);
}
