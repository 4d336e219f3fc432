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
