import { call, idempotencyKey } from "../shell/api.js";

/**
 * @typedef {object} SavedView
 * @property {string} id
 * @property {string} owner
 * @property {string} name
 * @property {string} query
 * @property {string | null} sort
 * @property {string[]} columns
 * @property {string[]} sharedWith
 * @property {number} version
 */

/** @returns {Promise<SavedView[]>} mine first, then those shared with my groups */
export function listViews() {
  return call("/api/views");
}

/**
 * @param {{ name: string, query: string, sort: string | null, columns: string[], sharedWith: string[] }} definition
 * @returns {Promise<SavedView>}
 */
export function createView(definition) {
  return call("/api/views", { method: "POST", body: JSON.stringify(definition), headers: { "Idempotency-Key": idempotencyKey() } });
}

/**
 * @param {SavedView} view the version the page holds
 * @param {{ name: string, query: string, sort: string | null, columns: string[], sharedWith: string[] }} definition
 * @returns {Promise<SavedView>}
 */
export function updateView(view, definition) {
  return call(`/api/views/${encodeURIComponent(view.id)}`, { method: "PUT", body: JSON.stringify(definition), headers: { "If-Match": `"${view.version}"` } });
}

/** @param {SavedView} view */
export function deleteView(view) {
  return call(`/api/views/${encodeURIComponent(view.id)}`, { method: "DELETE", headers: { "If-Match": `"${view.version}"` } });
}
