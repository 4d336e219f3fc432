// The SLA policies and business calendars the hub runs with. They come from configuration, so this section only
// shows them; changing one is a change to appsettings and a restart.
import { call } from "../shell/api.js";
import { element } from "../shell/dom.js";
import { parseTimeSpan } from "../shell/timespan.js";
import { emptyRow, listTable, row } from "./tables.js";

/**
 * @typedef {{ response: string, resolution: string }} SlaTargets
 * @typedef {{ id: string, name: string, calendar: string | null, targets: Record<string, SlaTargets>, isDefault: boolean }} SlaPolicy
 * @typedef {{ id: string, name: string, timeZone: string, hours: { day: string, start: string, end: string }[], holidays: { date: string, name: string, yearly: boolean }[] }} BusinessCalendar
 */

/** @type {import("./sections.js").Section} */
export const slaSection = {
  id: "sla",
  label: "SLA policies",
  note: "configured in appsettings `Sla:` — read-only here",
  render,
};

const PRIORITIES = ["P1", "P2", "P3", "P4", "P5"];

/**
 * "15 min", "4 h", "3 d 2 h"; under a minute in seconds.
 * @param {string | undefined} text
 */
function duration(text) {
  const seconds = Math.round(parseTimeSpan(text) / 1000);
  if (!Number.isFinite(seconds)) {
    return "—";
  }
  if (seconds < 60) {
    return `${seconds} s`;
  }
  const minutes = Math.round(seconds / 60);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  return [days ? `${days} d` : "", hours ? `${hours} h` : "", rest ? `${rest} min` : ""].filter(Boolean).join(" ");
}

/** @param {HTMLElement} panel */
async function render(panel) {
  const [policies, calendars] = await Promise.all([
    /** @type {Promise<SlaPolicy[]>} */ (call("/api/sla/policies")),
    /** @type {Promise<BusinessCalendar[]>} */ (call("/api/sla/calendars")),
  ]);
  const policyTable = listTable("SLA policies", ["Id", "Name", "Calendar", ...PRIORITIES.map((p) => `${p} respond / resolve`)], { "data-sla-policies": "" });
  policyTable.body.replaceChildren(...(policies.length === 0 ? [emptyRow(3 + PRIORITIES.length, "No policies configured.")] : policies.map((policy) =>
    row({ "data-sla-policy": policy.id },
      [policy.id, policy.isDefault ? `${policy.name} (default)` : policy.name, policy.calendar ?? "24×7",
        ...PRIORITIES.map((p) => policy.targets[p] ? `${duration(policy.targets[p].response)} / ${duration(policy.targets[p].resolution)}` : "—")]))));
  const calendarTable = listTable("Business calendars", ["Id", "Name", "Time zone", "Working hours", "Holidays"], { "data-business-calendars": "" });
  calendarTable.body.replaceChildren(...(calendars.length === 0 ? [emptyRow(5, "No calendars configured.")] : calendars.map((calendar) =>
    row({ "data-business-calendar": calendar.id },
      [calendar.id, calendar.name, calendar.timeZone,
        calendar.hours.map((h) => `${h.day.charAt(0).toUpperCase()}${h.day.slice(1, 3)} ${h.start.slice(0, 5)}–${h.end.slice(0, 5)}`).join(", "),
        calendar.holidays.map((h) => `${h.date} ${h.name}${h.yearly ? " (yearly)" : ""}`).join(", ") || "none"]))));
  panel.append(
    element("p", { className: "muted", text: "These come from the Sla: section of appsettings. Nothing here can be changed from the console: edit the configuration and restart." }),
    element("h3", { text: "Policies" }), policyTable.table,
    element("h3", { text: "Business calendars" }), calendarTable.table);
}
