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
