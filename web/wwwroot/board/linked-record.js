// The record a console's address names (?id=…): a search hit or a shared link opens the console on it, and the
// address bar follows what the console shows so that it can be shared again.

/** @returns {string | null} the id the address names, if any */
export function linkedId() {
  const id = new URLSearchParams(window.location.search).get("id");
  return id && id.trim() !== "" ? id.trim() : null;
}

/**
 * Makes the address name the record on show (or none), without adding a history entry per click.
 * @param {string | null} id
 */
export function showInAddress(id) {
  const url = new URL(window.location.href);
  if (id) {
    url.searchParams.set("id", id);
  } else {
    url.searchParams.delete("id");
  }
  if (url.href !== window.location.href) {
    window.history.replaceState(window.history.state, "", url);
  }
}

/**
 * What a console says when a record it was asked for cannot be shown: an unknown id says so plainly.
 * @param {string} kind "change", "problem", …
 * @param {string} id
 * @param {unknown} error carries the HTTP status when the server answered
 */
export function notShown(kind, id, error) {
  const status = /** @type {{ status?: number }} */ (error)?.status;
  return status === 404
    ? `There is no ${kind} with the id "${id}". It may have been mistyped, or the link is out of date.`
    : `Could not load the ${kind} "${id}": ${/** @type {Error} */ (error)?.message ?? error}`;
}
