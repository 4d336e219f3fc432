import { parseTimeSpan } from "../shell/timespan.js";

/** @typedef {import("./protocol.js").SlaClockView} SlaClockView */

/**
 * How urgent a clock looks on the board, from the share of its target elapsed.
 * "met" and "paused" are for clocks that are not counting.
 * @typedef {"normal" | "warning" | "critical" | "breach" | "paused" | "met"} SlaUrgency
 */

/**
 * A clock evaluated at one instant.
 * @typedef {object} SlaReading
 * @property {"running" | "paused" | "stopped"} state
 * @property {number} remainingMs time left before breach; negative once overdue
 * @property {number} elapsedMs
 * @property {number} share elapsed share of the target (1 = target reached)
 * @property {"normal" | "warning" | "critical" | "breach"} level
 * @property {boolean} breached
 * @property {number | null} dueAt epoch ms, while running
 * @property {boolean} outsideHours a running business-hours clock that is not counting right now
 */

/** Thresholds match the server's SlaLevel (warning 75 %, critical 90 %, breach 100 %). */
const LEVELS = /** @type {const} */ ([
  [1, "breach"],
  [0.9, "critical"],
  [0.75, "warning"],
]);

/**
 * @param {number} share elapsed share of the target
 * @returns {"normal" | "warning" | "critical" | "breach"}
 */
export function levelFor(share) {
  for (const [threshold, level] of LEVELS) {
    if (share >= threshold) {
      return level;
    }
  }
  return "normal";
}

/**
 * Working time between two instants, counted inside the given periods; past the last period, every hour counts
 * (the server lists periods until a week past the breach, and sends a fresh clock with every change).
 * @param {{ start: string, end: string }[]} periods in order
 * @param {number} from epoch ms
 * @param {number} to epoch ms
 * @returns {number} milliseconds
 */
export function countedBetween(periods, from, to) {
  let counted = 0;
  let covered = from;
  for (const period of periods) {
    const start = Math.max(Date.parse(period.start), from);
    const end = Math.min(Date.parse(period.end), to);
    if (end > start) {
      counted += end - start;
    }
    covered = Math.max(covered, Date.parse(period.end));
  }
  return counted + Math.max(0, to - Math.max(covered, from));
}

/**
 * Whether a running business-hours clock is outside its working hours at `now`.
 * @param {SlaClockView} clock
 * @param {number} now epoch ms
 * @returns {boolean}
 */
export function outsideHours(clock, now) {
  return clock.state === "running" && Array.isArray(clock.countingPeriods) && clock.countingPeriods.length > 0
    && !clock.countingPeriods.some((p) => Date.parse(p.start) <= now && now < Date.parse(p.end))
    && now < Date.parse(clock.countingPeriods[clock.countingPeriods.length - 1].end);
}

/**
 * Evaluates a clock at `now`. A running clock counts from its dueAt, so the countdown stays correct
 * between server messages; paused and stopped clocks keep the values the server sent.
 * @param {SlaClockView} clock
 * @param {number} now server-corrected epoch milliseconds
 * @returns {SlaReading}
 */
export function readClock(clock, now) {
  const targetMs = parseTimeSpan(clock.target);
  let remainingMs = parseTimeSpan(clock.remaining);
  let elapsedMs = parseTimeSpan(clock.elapsed);
  const dueAt = clock.dueAt ? Date.parse(clock.dueAt) : null;

  if (clock.state === "running") {
    if (clock.countingPeriods) {
      // Business hours: only the time inside the periods the server listed counts.
      remainingMs -= countedBetween(clock.countingPeriods, Date.parse(clock.asOf), now);
    } else if (dueAt !== null && !Number.isNaN(dueAt)) {
      remainingMs = dueAt - now;
    } else {
      remainingMs -= now - Date.parse(clock.asOf);
    }
    elapsedMs = targetMs - remainingMs;
  }

  const share = targetMs > 0 ? elapsedMs / targetMs : (clock.breached ? 1 : 0);
  const level = clock.state === "stopped" ? (clock.breached ? "breach" : "normal") : levelFor(share);
  return {
    state: clock.state,
    remainingMs,
    elapsedMs,
    share,
    level,
    breached: clock.breached || (clock.state !== "stopped" && remainingMs <= 0),
    dueAt: clock.state === "running" ? dueAt : null,
    outsideHours: outsideHours(clock, now),
  };
}

/**
 * The key that orders rows by resolution time left: running clocks by what is left now,
 * paused clocks by what they had left, stopped clocks last.
 * @param {SlaReading} reading
 * @returns {number}
 */
export function timeLeftForSorting(reading) {
  return reading.state === "stopped" ? Number.POSITIVE_INFINITY : reading.remainingMs;
}
