import { element, setData, setText } from "../shell/dom.js";
import { formatCountdown, formatMoment } from "../shell/format.js";
import { readClock } from "./sla-clock.js";

/** @typedef {import("./protocol.js").SlaClockView} SlaClockView */
/** @typedef {import("./sla-clock.js").SlaReading} SlaReading */

/**
 * How a clock reads on the board. `urgency` drives the colour: normal, warning, critical, breach (running and overdue, pulses),
 * missed (overdue but not counting), paused, met.
 * @typedef {{ main: string, sub: string, urgency: string }} ClockText
 */

/**
 * @param {SlaReading} reading
 * @param {number} now server-corrected epoch milliseconds
 * @returns {ClockText}
 */
export function describeClock(reading, now) {
  switch (reading.state) {
    case "running":
      return {
        main: formatCountdown(reading.remainingMs),
        sub: reading.remainingMs <= 0 ? "BREACHED"
          : reading.dueAt ? `${reading.outsideHours ? "outside hours \u00b7 " : ""}due ${formatMoment(reading.dueAt, now)}`
          : "",
        urgency: reading.level,
      };
    case "paused":
      return reading.remainingMs <= 0
        ? { main: "paused", sub: `${formatCountdown(reading.remainingMs)} \u00b7 BREACHED`, urgency: "missed" }
        : { main: "paused", sub: `${formatCountdown(reading.remainingMs)} left`, urgency: "paused" };
    default:
      return reading.breached
        ? { main: "breached", sub: `after ${formatCountdown(reading.elapsedMs)}`, urgency: "missed" }
        : { main: "met", sub: `in ${formatCountdown(reading.elapsedMs)}`, urgency: "met" };
  }
}

/** Urgencies in rising order, to give a row the colour of its worse clock. */
const URGENCY_RANK = ["met", "paused", "normal", "warning", "critical", "missed", "breach"];

/**
 * @param {string} a
 * @param {string} b
 * @returns {string} the more urgent of the two
 */
export function worseUrgency(a, b) {
  return URGENCY_RANK.indexOf(a) >= URGENCY_RANK.indexOf(b) ? a : b;
}

/** One SLA cell of the incident table; its text is updated in place every second. */
export class SlaCell {
  /** @type {HTMLTableCellElement} */
  node;
  #main;
  #sub;
  #bar;
  #urgency = "normal";

  /** @param {"response" | "resolution"} kind */
  constructor(kind) {
    this.#main = element("span", { className: "sla-main" });
    this.#sub = element("span", { className: "sla-sub" });
    this.#bar = element("span", { className: "sla-bar-fill" });
    this.node = element(
      "td",
      { className: "sla", attributes: { "data-sla": kind } },
      this.#main,
      this.#sub,
      element("span", { className: "sla-bar", attributes: { "aria-hidden": "true" } }, this.#bar),
    );
  }

  /**
   * @param {SlaClockView} clock
   * @param {number} now server-corrected epoch milliseconds
   * @returns {string} the cell's urgency
   */
  show(clock, now) {
    const reading = readClock(clock, now);
    const text = describeClock(reading, now);
    setText(this.#main, text.main);
    setText(this.#sub, text.sub);
    setData(this.node, "level", text.urgency);
    setData(this.node, "state", reading.state);
    // CSSOM, not a style attribute: allowed under a strict style-src.
    const share = Number.isFinite(reading.share) ? Math.min(Math.max(reading.share, 0), 1) : 0;
    this.#bar.style.setProperty("--share", share.toFixed(3));
    this.#urgency = text.urgency;
    return text.urgency;
  }

  get urgency() {
    return this.#urgency;
  }
}
