// datetime-local inputs hold wall-clock time in the browser's zone; the API speaks instants.

/**
 * @param {Date} date
 * @returns {string} the value of a datetime-local input showing the date in the browser's time zone
 */
export function localInput(date) {
  const shifted = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return shifted.toISOString().slice(0, 16);
}

/**
 * @param {string} value a datetime-local input's value
 * @returns {string | undefined} the instant, or undefined when the input is empty
 */
export function instantOf(value) {
  return value ? new Date(value).toISOString() : undefined;
}

const WHEN = new Intl.DateTimeFormat(undefined, { weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" });

/**
 * @param {string} iso an instant
 * @returns {string} e.g. "Mon 5 Jan, 10:00"
 */
export function formatWhen(iso) {
  return WHEN.format(new Date(iso));
}
