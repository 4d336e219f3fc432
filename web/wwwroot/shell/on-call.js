// Who is on call now and who is next, for every schedule, as the on-call page and the console show it; and when the
// next hand-off is, so a page redraws then rather than polling.
import { element } from "./dom.js";
import { call } from "./api.js";
import { formatMoment } from "./format.js";

/**
 * @typedef {object} OnCallShift
 * @property {string} at
 * @property {string | null} user
 * @property {string | null} layer
 * @property {boolean} override
 * @property {string | null} until
 */

/**
 * @typedef {object} OnCallNowAndNext
 * @property {string} scheduleId
 * @property {string} scheduleName
 * @property {OnCallShift} now
 * @property {OnCallShift | null} next
 */

/** @returns {Promise<OnCallNowAndNext[]>} every schedule's now and next */
export function loadOnCall() {
  return call("/api/on-call");
}

/**
 * "Now: ann (primary) until Tue 09:00 · Next: bob from Tue 09:00", as a description list.
 * @param {OnCallNowAndNext} entry
 * @param {number} now epoch ms
 */
export function onCallSummary(entry, now) {
  const who = (/** @type {OnCallShift} */ shift) => shift.user ?? "nobody";
  const from = (/** @type {OnCallShift} */ shift) => (shift.override ? "override" : shift.layer ?? "");
  return element("dl", { className: "on-call-summary", attributes: { "data-on-call": entry.scheduleId } },
    element("dt", { text: "On call now" }),
    element("dd", {},
      element("strong", { text: who(entry.now), attributes: { "data-on-call-now": who(entry.now) } }),
      document.createTextNode(from(entry.now) ? ` (${from(entry.now)})` : ""),
      document.createTextNode(entry.now.until ? ` until ${formatMoment(Date.parse(entry.now.until), now)}` : "")),
    element("dt", { text: "Next" }),
    entry.next
      ? element("dd", {},
        element("strong", { text: who(entry.next), attributes: { "data-on-call-next": who(entry.next) } }),
        document.createTextNode(" from "),
        element("time", { text: formatMoment(Date.parse(entry.next.at), now), attributes: { datetime: entry.next.at, "data-on-call-from": entry.next.at } }))
      : element("dd", { className: "muted", text: "nobody takes over: no hand-off ahead" }));
}

/**
 * The earliest hand-off of any schedule, in epoch ms; null when none is ahead.
 * @param {OnCallNowAndNext[]} entries
 */
export function nextHandOff(entries) {
  const times = entries.map((e) => (e.now.until ? Date.parse(e.now.until) : Number.NaN)).filter((t) => Number.isFinite(t));
  return times.length > 0 ? Math.min(...times) : null;
}
