import { element, setText } from "./dom.js";

/**
 * A page's side panel showing one record: its heading, its details, and which record it is, so that a live update can
 * read that record again. Text only, never HTML from data.
 */
export class SidePanel {
  #heading;
  #details;
  #idKey;
  /** @type {string | null} */
  selectedId = null;

  /**
   * @param {HTMLElement} heading
   * @param {HTMLElement} details
   * @param {string} idKey the details' data key that names the record shown, such as "changeId" (data-change-id)
   */
  constructor(heading, details, idKey) {
    this.#heading = heading;
    this.#details = details;
    this.#idKey = idKey;
  }

  /**
   * @param {string} id
   * @param {string} title
   * @param {...Node} parts the details, in order
   */
  present(id, title, ...parts) {
    this.selectedId = id;
    setText(this.#heading, title);
    this.#details.dataset[this.#idKey] = id;
    this.#details.replaceChildren(...parts);
  }

  /**
   * Adds a part that arrived later (read separately) to the record shown, unless another record was picked meanwhile.
   * @param {string} id the record the part belongs to
   * @param {Node} part
   */
  addLater(id, part) {
    if (this.selectedId === id) {
      this.#details.append(part);
    }
  }

  /** @param {string} message */
  showError(message) {
    this.#details.replaceChildren(element("p", { className: "empty", text: message }));
  }
}

/**
 * A record's facts as a definition list.
 * @param {[string, string][]} rows term and value
 */
export function facts(rows) {
  return element("dl", { className: "facts" }, ...rows.flatMap(([term, value]) => [element("dt", { text: term }), element("dd", { text: value })]));
}
