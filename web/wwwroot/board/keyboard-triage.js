// Triage from the keyboard: j/k move the selection among the rows, Enter opens the selected ticket, a takes it.
// Keys that someone types into a field, a dialog or with a modifier stay theirs.

/**
 * @param {EventTarget | null} target
 */
function isTyping(target) {
  return target instanceof HTMLElement
    && (target.isContentEditable || target.closest("input, textarea, select, dialog, [contenteditable]") !== null);
}

/**
 * Listens for the triage keys on the page.
 * @param {object} options
 * @param {HTMLTableSectionElement} options.body the table's rows
 * @param {(id: string) => void} options.take assigns the incident to the person at the keyboard
 */
export function startKeyboardTriage({ body, take }) {
  /** @type {string | null} */
  let selected = null;

  const rows = () => /** @type {HTMLTableRowElement[]} */ ([...body.rows]);
  const selectedRow = () => rows().find((row) => row.dataset.incidentId === selected);

  /** @param {number} step */
  function move(step) {
    const all = rows();
    if (all.length === 0) {
      return;
    }
    const current = selectedRow();
    const index = current ? all.indexOf(current) + step : step > 0 ? 0 : all.length - 1;
    const next = all[Math.max(0, Math.min(all.length - 1, index))];
    current?.removeAttribute("aria-selected");
    current?.classList.remove("is-selected");
    next.classList.add("is-selected");
    next.setAttribute("aria-selected", "true");
    next.scrollIntoView({ block: "nearest" });
    selected = next.dataset.incidentId ?? null;
    // Moving through the rows is triage: Enter now opens the selected row, not a button focused earlier.
    if (document.activeElement instanceof HTMLElement) {
      document.activeElement.blur();
    }
  }

  document.addEventListener("keydown", (event) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) {
      return;
    }
    const row = selectedRow();
    if (event.key === "j" || event.key === "k") {
      move(event.key === "j" ? 1 : -1);
    } else if (event.key === "Enter" && row && !(event.target instanceof HTMLElement && event.target.closest("a, button"))) {
      const link = /** @type {HTMLAnchorElement | null} */ (row.querySelector("a.ticket-link"));
      if (link) {
        window.location.assign(link.href);
      }
    } else if (event.key === "a" && row?.dataset.incidentId) {
      take(row.dataset.incidentId);
    } else {
      return;
    }
    event.preventDefault();
  });
}
