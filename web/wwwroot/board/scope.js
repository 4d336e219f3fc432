/** @typedef {import("./protocol.js").BoardScope} BoardScope */

/**
 * Reads the board's scope from the page address: `?service=email`, `?group=network`, or everything.
 * @param {string} search location.search
 * @returns {BoardScope}
 */
export function scopeFromQuery(search) {
  const query = new URLSearchParams(search);
  const service = query.get("service")?.trim();
  if (service) {
    return { kind: "service", value: service };
  }
  const group = query.get("group")?.trim();
  if (group) {
    return { kind: "group", value: group };
  }
  return { kind: "all", value: null };
}

/**
 * @param {BoardScope} scope
 * @returns {string}
 */
export function scopeLabel(scope) {
  switch (scope.kind) {
    case "service":
      return `Service: ${scope.value}`;
    case "group":
      return `Group: ${scope.value}`;
    default:
      return "All services";
  }
}

/**
 * Reads wallboard mode from the page address: `?wall&rotate=all,service:email,group:network&every=30` shows each
 * scope in turn for `every` seconds (default 30, at least 5); without `rotate` it stays on the page's scope.
 * @param {string} search location.search
 * @returns {{ scopes: BoardScope[], everyMs: number } | null} null when the page is not a wallboard
 */
export function wallFromQuery(search) {
  const query = new URLSearchParams(search);
  if (!query.has("wall")) {
    return null;
  }
  /** @type {BoardScope[]} */
  const scopes = (query.get("rotate") ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const [kind, ...rest] = part.split(":");
      const value = rest.join(":").trim();
      return (kind === "service" || kind === "group") && value ? { kind, value } : { kind: "all", value: null };
    });
  const seconds = Number(query.get("every") ?? "30");
  return {
    scopes: scopes.length > 0 ? scopes : [scopeFromQuery(search)],
    everyMs: Math.max(5, Number.isFinite(seconds) ? seconds : 30) * 1000,
  };
}
