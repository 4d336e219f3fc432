// An escalation level in words, as the console and the on-call page show policies.
import { parseTimeSpan } from "./timespan.js";

const KIND_WORDS = { schedule: "on call in", user: "", group: "group" };

/**
 * "Pages on call in dba-primary, bob; then waits 15 min".
 * @param {{ targets: { kind: "schedule" | "user" | "group", id: string }[], escalateAfter: string }} level
 */
export function describeLevel(level) {
  const targets = level.targets.map((t) => (KIND_WORDS[t.kind] ? `${KIND_WORDS[t.kind]} ${t.id}` : t.id)).join(", ");
  const minutes = Math.round(parseTimeSpan(level.escalateAfter) / 60_000);
  return `Pages ${targets || "nobody"}; then waits ${minutes} min`;
}
