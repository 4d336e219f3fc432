// The few REST calls the change calendar makes, with the session cookie. Errors carry the problem's detail.

/**
 * @param {Response} response
 * @returns {Promise<never>}
 */
async function fail(response) {
  let detail = `${response.status} ${response.statusText}`;
  try {
    const problem = await response.json();
    detail = problem.detail ?? problem.title ?? detail;
  } catch {
    // Not a problem document; the status says enough.
  }
  throw Object.assign(new Error(detail), { status: response.status });
}

/** @param {string} id */
export async function getChange(id) {
  const response = await fetch(`/api/changes/${encodeURIComponent(id)}`, { headers: { Accept: "application/json" } });
  return response.ok ? response.json() : fail(response);
}

/** @returns {Promise<{ id: string, name: string }[]>} */
export async function getServices() {
  const response = await fetch("/api/services", { headers: { Accept: "application/json" } });
  return response.ok ? response.json() : fail(response);
}

/**
 * Moves a change's window, guarded by the version the calendar showed (a stale one is refused with 409).
 * @param {string} id
 * @param {number} version
 * @param {Date} start
 * @param {Date} end
 */
export async function moveWindow(id, version, start, end) {
  const response = await fetch(`/api/changes/${encodeURIComponent(id)}`, {
    method: "PATCH",
    headers: { "Content-Type": "application/json", Accept: "application/json", "If-Match": `"${version}"` },
    body: JSON.stringify({ window: { start: start.toISOString(), end: end.toISOString() } }),
  });
  return response.ok ? response.json() : fail(response);
}
