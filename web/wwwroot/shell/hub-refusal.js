// Telling a hub that refuses the caller (sign in again, or a role that may not open the stream) from one that is down.

/**
 * Why the hub refused a WebSocket, which browsers do not say: the same request as plain HTTP (a negotiate) answers
 * 401 or 403 when signing in or the account is the reason.
 * @param {string} hubUrl
 * @returns {Promise<number | undefined>}
 */
export async function refusalStatus(hubUrl) {
  try {
    const response = await fetch(`${hubUrl}/negotiate?negotiateVersion=1`, { method: "POST", credentials: "same-origin" });
    return response.status === 401 || response.status === 403 ? response.status : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The HTTP status behind a failed connection attempt, when there is one.
 * @param {unknown} error
 * @returns {number | undefined}
 */
export function httpStatusOf(error) {
  if (error && typeof error === "object" && "statusCode" in error && typeof error.statusCode === "number") {
    return error.statusCode;
  }
  const match = /Status code '(\d{3})'/.exec(String(error));
  return match ? Number(match[1]) : undefined;
}

/**
 * Whether a stream failed because the caller's roles may not open it (the hub's authorization says so in its message).
 * @param {unknown} error
 * @returns {boolean}
 */
export function isRefusal(error) {
  return /because user is unauthorized/i.test(String(error));
}
