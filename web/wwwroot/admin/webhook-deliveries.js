// One webhook's delivery log: each attempt, newest first, with what the receiver answered and when it is tried again.
import { call } from "../shell/api.js";
import { element, setText } from "../shell/dom.js";
import { button, emptyRow, listTable, row } from "./tables.js";

/**
 * @typedef {{ eventId: string, eventType: string, number: string, attempt: number, at: string, statusCode: number | null, error: string | null, delivered: boolean, nextAttemptAt: string | null }} DeliveryAttempt
 */

const WHEN = new Intl.DateTimeFormat(undefined, { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" });

export class WebhookDeliveries {
  /** @type {string | null} */
  #webhook = null;

  constructor() {
    this.heading = element("h3", { text: "Deliveries", attributes: { id: "webhook-deliveries-heading" } });
    const { table, body } = listTable("Delivery attempts, newest first", ["At", "Event", "Ticket", "Attempt", "Answer", "Outcome", "Next try"], { "data-delivery-log": "" });
    this.body = body;
    this.problem = element("p", { className: "problem", attributes: { role: "alert" } });
    const refresh = button("Refresh the log", { "data-refresh-deliveries": "" });
    refresh.addEventListener("click", () => void this.load());
    this.section = element("section", { className: "admin-subsection", attributes: { "data-webhook-deliveries": "", "aria-labelledby": "webhook-deliveries-heading" } },
      this.heading, refresh, table, this.problem);
    this.section.hidden = true;
  }

  /** @param {string} id */
  async show(id) {
    this.#webhook = id;
    this.section.hidden = false;
    this.section.dataset.webhook = id;
    setText(this.heading, `Deliveries of ${id}`);
    await this.load();
  }

  hide() {
    this.#webhook = null;
    this.section.hidden = true;
  }

  async load() {
    if (!this.#webhook) {
      return;
    }
    setText(this.problem, "");
    try {
      /** @type {DeliveryAttempt[]} */
      const attempts = await call(`/api/webhooks/${encodeURIComponent(this.#webhook)}/deliveries`);
      this.body.replaceChildren(...(attempts.length === 0 ? [emptyRow(7, "Nothing delivered yet.")] : attempts.map((a) =>
        row({ "data-delivery": a.number, "data-delivered": String(a.delivered) },
          [WHEN.format(new Date(a.at)), a.eventType, a.number, String(a.attempt), a.statusCode === null ? a.error ?? "no answer" : String(a.statusCode),
            a.delivered ? "delivered" : a.nextAttemptAt ? "failed, tried again" : "given up",
            a.nextAttemptAt ? WHEN.format(new Date(a.nextAttemptAt)) : ""]))));
    } catch (error) {
      setText(this.problem, /** @type {Error} */ (error).message);
    }
  }
}
