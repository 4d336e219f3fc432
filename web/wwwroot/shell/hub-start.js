import { delay, retryDelay } from "./retry-policy.js";
import { httpStatusOf, refusalStatus } from "./hub-refusal.js";

/** @typedef {import("./board-connection.js").ConnectionState} ConnectionState */

/**
 * Starts a hub connection, trying again and again while the server is away. Not signed in: off to sign in, then
 * back here. An account the hub refuses: said on the page, and no more tries.
 * @param {any} connection a signalR.HubConnection
 * @param {string} hubUrl
 * @param {(state: ConnectionState, detail: string) => void} setState
 * @returns {Promise<boolean>} whether it connected
 */
export async function startUntilConnected(connection, hubUrl, setState) {
  for (let attempt = 0; ; attempt++) {
    try {
      await connection.start();
      return true;
    } catch (error) {
      const status = httpStatusOf(error) ?? (await refusalStatus(hubUrl));
      if (status === 401) {
        window.location.assign(`/signin?returnUrl=${encodeURIComponent(window.location.pathname + window.location.search)}`);
        return false;
      }
      if (status === 403) {
        setState("offline", "This account may not watch boards");
        return false;
      }
      const wait = retryDelay(attempt + 1);
      console.warn(`Board connection failed; retrying in ${Math.round(wait / 1000)} s.`, error);
      setState("offline", "Offline, retrying");
      await delay(wait);
    }
  }
}
