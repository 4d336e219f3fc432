// How long live pages wait before trying the hub again. A wallboard must never give up, and must be back within a few
// seconds of the server being ready again, so the waits stay short for ever rather than growing.

/** Quick at first, then about every two seconds; with jitter never more than 2.4 s. */
const RETRY_DELAYS_MS = [0, 1000, 2000];

/**
 * The delay before retry number `attempt` (0-based), with some jitter so a room full of boards
 * does not reconnect in lockstep after a deployment.
 * @param {number} attempt
 * @returns {number} milliseconds
 */
export function retryDelay(attempt) {
  const base = RETRY_DELAYS_MS[Math.min(attempt, RETRY_DELAYS_MS.length - 1)];
  return Math.round(base * (0.8 + Math.random() * 0.4));
}

/**
 * @param {number} ms
 * @returns {Promise<void>}
 */
export function delay(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
