// The request portal's REST calls, with the session cookie. Failures carry the problem document's detail and field errors.

export class ProblemError extends Error {
  /** @type {Record<string, string[]>} */
  errors;
  /** @type {unknown} the fields someone else changed, when an edit from an older version was refused */
  conflicts;
  /** @type {number} the HTTP status, 0 when there was no answer */
  status;

  /**
   * @param {string} message
   * @param {Record<string, string[]>} errors
   * @param {number} [status]
   */
  constructor(message, errors, status = 0) {
    super(message);
    this.errors = errors;
    this.status = status;
  }
}

/**
 * @param {string} path
 * @param {RequestInit} [init]
 */
export async function call(path, init = {}) {
  const response = await fetch(path, { ...init, headers: { Accept: "application/json", "Content-Type": "application/json", ...(init.headers ?? {}) } });
  if (response.status === 401) {
    window.location.assign(`/signin?returnUrl=${encodeURIComponent(window.location.pathname + window.location.search)}`);
    throw new ProblemError("Signed out.", {});
  }
  if (!response.ok) {
    let detail = `${response.status} ${response.statusText}`;
    let errors = {};
    let conflicts;
    try {
      const problem = await response.json();
      detail = problem.detail ?? problem.title ?? detail;
      errors = problem.errors ?? {};
      conflicts = problem.conflicts;
    } catch {
      // Not a problem document.
    }
    const failure = new ProblemError(detail, errors, response.status);
    failure.conflicts = conflicts;
    throw failure;
  }
  return response.status === 204 ? null : response.json();
}

/** A fresh idempotency key for one submission, so a retried click cannot create the record twice. */
export function idempotencyKey() {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

/**
 * Wraps an action so that calls run one after another: each starts once the previous one finished, so it sends the
 * version the previous one left rather than the one it replaced.
 * @template {unknown[]} A
 * @template R
 * @param {(...args: A) => Promise<R>} action
 * @returns {(...args: A) => Promise<R>}
 */
export function oneAtATime(action) {
  /** @type {Promise<unknown>} */
  let last = Promise.resolve();
  return (...args) => {
    const next = last.then(() => action(...args));
    last = next.catch(() => undefined);
    return next;
  };
}
