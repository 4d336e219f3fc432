import { call, oneAtATime } from "./api.js";
import { setText } from "./dom.js";

/**
 * Commands about the one record a console shows (a major incident, a problem), each sent with the version the record
 * was read at and followed by showing it again. One runs at a time, each with the version the previous one left: a
 * quick second click never sends a stale version.
 * @param {object} options
 * @param {string} options.address where the records live, such as "/api/problems"
 * @param {() => { id: string, version: number } | null} options.selected the record shown now, if any
 * @param {(id: string) => Promise<void>} options.show reads a record and shows it
 * @param {Element} options.problem where a refused command says why
 * @returns {(method: string, path: string, body: object | null) => Promise<boolean>} sends a command to `path` under
 *   the record ("" for the record itself) and answers whether it was accepted
 */
export function recordCommands({ address, selected, show, problem }) {
  return oneAtATime(async (/** @type {string} */ method, /** @type {string} */ path, /** @type {object | null} */ body) => {
    const record = selected();
    if (!record) {
      return false;
    }
    setText(problem, "");
    let accepted = true;
    try {
      await call(`${address}/${record.id}${path ? `/${path}` : ""}`, {
        method,
        headers: { "If-Match": `"${record.version}"` },
        body: body === null ? undefined : JSON.stringify(body),
      });
    } catch (error) {
      setText(problem, /** @type {Error} */ (error).message);
      accepted = false;
    }
    // Show the record selected now: another may have been picked while the command ran.
    await show(selected()?.id ?? record.id);
    return accepted;
  });
}
