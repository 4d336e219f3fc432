// The ticket's two SLA clocks, ticking: when each is due, what is left, whether it is paused or breached, and the highest
// threshold it reached. The countdown is the board's own reading of a clock, so both show the same.
import { element, setData, setText } from "../shell/dom.js";
import { formatCountdown, formatDate, formatClockTime } from "../shell/format.js";
import { readClock } from "../board/sla-clock.js";
import { describeClock } from "../board/sla-cell.js";

const KINDS = /** @type {const} */ (["response", "resolution"]);

/** The thresholds in the order the server reaches them (SlaLevel), for "reached: warning, critical". */
const THRESHOLDS = [["info", "50 %"], ["warning", "75 %"], ["critical", "90 %"], ["breach", "100 %"]];

export class SlaPanel {
  #list;
  /** @type {any} the incident's IncidentSla */
  #sla = null;

  /** @param {HTMLElement} list the [data-sla] list, one item per clock */
  constructor(list) {
    this.#list = list;
    this.#list.replaceChildren(...KINDS.map((kind) => element("li", { className: "sla-clock", attributes: { "data-sla-clock": kind } },
      element("h3", { text: kind === "response" ? "Response" : "Resolution" }),
      element("p", { className: "sla-main", attributes: { "data-sla-remaining": "" } }),
      element("dl", { className: "facts" }, ...[["Due", "due"], ["State", "state"], ["Thresholds reached", "reached"], ["Target", "target"]]
        .flatMap(([term, key]) => [element("dt", { text: term }), element("dd", { attributes: { [`data-sla-${key}`]: "" } })])))));
  }

  /** @param {any} sla the incident's IncidentSla */
  show(sla) {
    this.#sla = sla;
  }

  /** @param {number} now server-corrected epoch milliseconds */
  tick(now) {
    if (!this.#sla) {
      return;
    }
    for (const kind of KINDS) {
      const clock = this.#sla[kind];
      const item = /** @type {HTMLElement} */ (this.#list.querySelector(`[data-sla-clock=${kind}]`));
      const reading = readClock(clock, now);
      const text = describeClock(reading, now);
      setData(item, "level", text.urgency);
      setData(item, "state", reading.state);
      const part = (/** @type {string} */ key) => /** @type {HTMLElement} */ (item.querySelector(`[data-sla-${key}]`));
      setText(part("remaining"), reading.state === "stopped" ? `${text.main} ${text.sub}`
        : reading.breached ? `BREACHED · ${formatCountdown(reading.remainingMs)}`
        : `${formatCountdown(reading.remainingMs)} left${reading.state === "paused" ? " (paused)" : ""}`);
      setText(part("due"), reading.dueAt ? `${formatDate(reading.dueAt)} ${formatClockTime(reading.dueAt)}`
        : reading.state === "paused" ? "not while paused" : "—");
      setText(part("state"), reading.state === "running" && reading.outsideHours ? "running (outside working hours)"
        : `${reading.state}${reading.breached ? " · breached" : ""}`);
      const upTo = THRESHOLDS.findIndex(([level]) => level === clock.reached);
      const reached = upTo < 0 ? "none" : THRESHOLDS.slice(0, upTo + 1).map(([level, share]) => `${level} (${share})`).join(", ");
      setText(part("reached"), reached);
      setText(part("target"), `${clock.target}${clock.calendar ? ` (${clock.calendar} hours)` : ""}`);
    }
  }
}
