// The fulfilment queue: open tasks of requests in fulfilment, taken and completed by the desk.
import { element, setText } from "../shell/dom.js";
import { call } from "../shell/api.js";

export class TaskQueue {
  /**
   * @param {{ section: HTMLElement, filter: HTMLFormElement, rows: HTMLElement, problem: HTMLElement,
   *           me: string, format: (at: string | null) => string, changed: (requestId: string) => Promise<void> }} parts
   */
  constructor(parts) {
    this.parts = parts;
    parts.filter.addEventListener("submit", (event) => {
      event.preventDefault();
      void this.load();
    });
  }

  /** Shows the queue for the filter as set; the section stays hidden for callers who do not fulfil requests. */
  async load() {
    const { section, filter, rows, me, format } = this.parts;
    const data = new FormData(filter);
    const query = new URLSearchParams();
    const group = String(data.get("assignmentGroup") ?? "").trim();
    if (group) {
      query.set("assignmentGroup", group);
    }
    if (data.get("mine") === "on") {
      query.set("assignee", me);
    }
    const tasks = await call(`/api/requests/tasks?${query}`);
    section.hidden = false;
    rows.replaceChildren(...tasks.map((/** @type {any} */ row) => {
      const task = row.task;
      const take = element("button", { text: "Take", attributes: { type: "button", "data-take": `${row.requestNumber}-${task.number}` } });
      take.hidden = (task.assignee ?? "").toLowerCase() === me.toLowerCase();
      take.addEventListener("click", () => void this.act(row, "assignment", { assignee: me }));
      const done = element("button", { text: "Done", attributes: { type: "button", "data-done": `${row.requestNumber}-${task.number}` } });
      done.addEventListener("click", () => void this.act(row, "completion", { notes: null }));
      return element("tr", { attributes: { "data-task": `${row.requestNumber}-${task.number}` } },
        element("td", { text: `${row.requestNumber} · ${row.itemName} for ${row.requestedFor}` }),
        element("td", { text: `${task.number}. ${task.title}` }),
        element("td", { text: task.assignmentGroup }),
        element("td", { className: "task-assignee", text: task.assignee ?? "" }),
        element("td", { text: format(row.fulfilmentDueAt) }),
        element("td", {}, element("div", { className: "form-actions" }, take, done)));
    }));
  }

  /**
   * @param {any} row
   * @param {string} action assignment or completion
   * @param {object} body
   */
  async act(row, action, body) {
    setText(this.parts.problem, "");
    try {
      await call(`/api/requests/${row.requestId}/tasks/${row.task.number}/${action}`, { method: "POST", body: JSON.stringify(body) });
      await Promise.all([this.load(), this.parts.changed(row.requestId)]);
    } catch (error) {
      setText(this.parts.problem, /** @type {Error} */ (error).message);
    }
  }
}
