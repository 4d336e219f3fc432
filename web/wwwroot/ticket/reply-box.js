// Adding a reply or a work note: says what is being typed, and warns when someone else replied since the draft began.
import { setText } from "../shell/dom.js";
import { call, idempotencyKey } from "../shell/api.js";

export class ReplyBox {
  #form;
  #state;
  #ticketId;
  #me;
  #onTyping;
  /** The last timeline sequence when the current draft began; null without a draft. */
  /** @type {number | null} */
  #draftFrom = null;
  /** Replies by others the agent was already warned about, so a second Send goes through. */
  #warnedUpTo = 0;
  #idempotencyKey = idempotencyKey();

  /**
   * @param {HTMLFormElement} form
   * @param {import("./ticket-state.js").TicketState} state
   * @param {string} ticketId
   * @param {string} me
   * @param {(typing: "typingReply" | "typingNote" | null) => void} onTyping
   */
  constructor(form, state, ticketId, me, onTyping) {
    this.#form = form;
    this.#state = state;
    this.#ticketId = ticketId;
    this.#me = me;
    this.#onTyping = onTyping;
    const text = this.#text();
    text.addEventListener("input", () => {
      this.#draftFrom ??= state.lastSequence;
      this.#onTyping(this.#visibility() === "public" ? "typingReply" : "typingNote");
    });
    text.addEventListener("blur", () => this.#onTyping(null));
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      void this.#send();
    });
  }

  /** Replies by other people that arrived after the draft began. */
  #othersSince() {
    const from = this.#draftFrom ?? this.#state.lastSequence;
    return [...this.#state.timeline.values()].filter((item) =>
      item.entry.sequence > from && item.comment !== null && item.comment.author !== this.#me);
  }

  async #send() {
    const warning = /** @type {HTMLElement} */ (this.#form.querySelector("[data-just-replied]"));
    const problem = /** @type {HTMLElement} */ (this.#form.querySelector("[data-reply-problem]"));
    setText(problem, "");
    const others = this.#othersSince().filter((item) => item.entry.sequence > this.#warnedUpTo);
    if (others.length > 0) {
      const last = others[others.length - 1];
      this.#warnedUpTo = last.entry.sequence;
      warning.hidden = false;
      setText(warning, `${last.comment?.author} just replied: "${last.comment?.text}". Send yours anyway, or change it first.`);
      return;
    }
    try {
      await call(`/api/incidents/${this.#ticketId}/comments`, {
        method: "POST",
        headers: { "Idempotency-Key": this.#idempotencyKey },
        body: JSON.stringify({ text: this.#text().value, visibility: this.#visibility() }),
      });
      this.#form.reset();
      this.#draftFrom = null;
      this.#idempotencyKey = idempotencyKey();
      warning.hidden = true;
      this.#onTyping(null);
    } catch (error) {
      setText(problem, /** @type {Error} */ (error).message);
    }
  }

  #text() {
    return /** @type {HTMLTextAreaElement} */ (this.#form.elements.namedItem("text"));
  }

  #visibility() {
    return /** @type {HTMLSelectElement} */ (this.#form.elements.namedItem("visibility")).value;
  }
}
