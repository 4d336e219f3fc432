// The workflow moves the ticket page offers, by target status, and what each asks for before it is sent. The server's
// allowedTransitions says which are open now; this only says how each reads and what it needs.

/** The hold reasons and resolution codes the server accepts (resolvedByMonitoring is the hub's own, never a person's). */
export const HOLD_REASONS = [["awaitingCaller", "Awaiting the caller"], ["awaitingChange", "Awaiting a change"], ["awaitingProblem", "Awaiting a problem fix"], ["awaitingVendor", "Awaiting the vendor"]];
export const RESOLUTION_CODES = [["solvedPermanently", "Solved permanently"], ["solvedWorkaround", "Solved with a workaround"], ["notReproducible", "Not reproducible"], ["tooCostly", "Too costly to solve"], ["resolvedByCaller", "Resolved by the caller"], ["duplicate", "Duplicate"]];

/**
 * One thing a move asks for: a choice or a text, sent as the named field of the transition.
 * @typedef {{ name: "holdReason" | "resolutionCode" | "resolutionNotes" | "note", label: string, choices?: string[][], required?: boolean }} MoveInput
 * @typedef {{ to: string, label: string, inputs: MoveInput[] }} Move
 */

/**
 * How the move from `from` to `to` reads, or null for a move the page makes another way (assigning is the assignment form).
 * @param {string} from
 * @param {string} to
 * @returns {Move | null}
 */
export function moveTo(from, to) {
  switch (to) {
    case "inProgress":
      return from === "resolved"
        ? { to, label: "Reopen", inputs: [{ name: "note", label: "Why it is reopened", required: true }] }
        : { to, label: from === "onHold" ? "Resume work" : "Start work", inputs: [] };
    case "onHold":
      return { to, label: "Put on hold", inputs: [{ name: "holdReason", label: "Waiting for", choices: HOLD_REASONS, required: true }] };
    case "resolved":
      // Notes are not required here: the server's rule says so, and its reason is shown if they are missing.
      return { to, label: "Resolve", inputs: [{ name: "resolutionCode", label: "Resolution code", choices: RESOLUTION_CODES, required: true }, { name: "resolutionNotes", label: "Resolution notes" }] };
    case "closed":
      return { to, label: "Close", inputs: [] };
    case "cancelled":
      return { to, label: "Cancel the incident", inputs: [{ name: "note", label: "Why it is cancelled" }] };
    default:
      return null;
  }
}
