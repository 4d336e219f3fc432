import { element, required, setText } from "../shell/dom.js";
import { call, oneAtATime } from "../shell/api.js";
import { clearFieldProblems, showFieldProblems } from "../shell/field-problems.js";
import { rowEditor } from "../shell/row-editor.js";
import { whenSettled } from "../shell/settle.js";
import { durationForApi, formatDurationText, parseTimeSpan } from "../shell/timespan.js";
import { checkText, objectivesText, requiredText } from "./objectives.js";

const IMPACT_KINDS = ["operational", "financial", "reputational", "regulatory", "safety"].map((kind) => ({ value: kind, label: kind[0].toUpperCase() + kind.slice(1) }));

/**
 * The business impact section: every service with its objectives and what the services above it need, and the
 * analysis of the one selected, which keepers edit.
 * @param {{ keeps: boolean }} options
 */
export async function startBusinessImpact({ keeps }) {
  /** @type {HTMLFieldSetElement} */ (required("[data-impact-fields]")).disabled = !keeps;

  const table = required("[data-services]");
  const detail = /** @type {HTMLElement} */ (required("[data-impact]"));
  const form = /** @type {HTMLFormElement} */ (required("[data-impact-form]"));
  const problem = /** @type {HTMLElement} */ (required("[data-impact-problem]"));
  const steps = rowEditor(required("[data-impacts]"), "impact", [
    { name: "after", label: "After" },
    { name: "kind", label: "Kind", type: "select", options: IMPACT_KINDS },
    { name: "description", label: "What happens", width: "wide" },
  ]);

  /** @type {any[]} */
  let rows = [];
  /** @type {{ serviceId: string, version: number } | null} */
  let selected = null;
  /** Whether the analysis shown has edits not yet saved: a change from elsewhere then waits instead of replacing them. */
  let edited = false;
  form.addEventListener("input", () => { edited = true; });

  /** @param {string} name */
  function field(name) {
    return /** @type {HTMLInputElement} */ (form.elements.namedItem(name));
  }

  async function loadServices() {
    rows = await call("/api/continuity/services");
    table.replaceChildren(...rows.map((row) => {
      const objectives = row.impact.impact.objectives;
      const pick = element("button", { className: "link-button", text: row.name, attributes: { type: "button", "data-service": row.serviceId } });
      pick.addEventListener("click", () => void show(row.serviceId));
      const check = checkText(row);
      return element("tr", { attributes: { "aria-current": String(selected?.serviceId === row.serviceId) } },
        element("th", { attributes: { scope: "row" } }, pick),
        ...objectivesText(objectives).map((text) => element("td", { text })),
        element("td", { text: requiredText(row.check) }),
        element("td", { className: check.flagged ? "flag" : check.ok ? "ok" : "", text: check.text, attributes: { "data-check": row.serviceId } }));
    }));
  }

  /** @param {string} serviceId */
  async function show(serviceId) {
    const view = await call(`/api/services/${encodeURIComponent(serviceId)}/business-impact`);
    const row = rows.find((r) => r.serviceId === serviceId);
    selected = { serviceId, version: view.version };
    detail.hidden = false;
    setText(required("[data-impact-heading]"), `Business impact of ${row?.name ?? serviceId}`);
    setText(required("[data-impact-facts]"), view.version === 0
      ? "No business impact recorded yet."
      : `Version ${view.version} · ${new Date(view.updatedAt).toLocaleString()} by ${view.updatedBy}`);
    setText(required("[data-impact-check]"), row ? checkText(row).detail : "");
    const objectives = view.impact.objectives;
    field("objectives.rto").value = objectives ? formatDurationText(parseTimeSpan(objectives.rto)) : "";
    field("objectives.rpo").value = objectives ? formatDurationText(parseTimeSpan(objectives.rpo)) : "";
    field("objectives.maximumTolerableDowntime").value = objectives ? formatDurationText(parseTimeSpan(objectives.maximumTolerableDowntime)) : "";
    steps.show(view.impact.impactOverTime.map((/** @type {any} */ s) => ({ after: formatDurationText(parseTimeSpan(s.after)), kind: s.kind, description: s.description })));
    field("vitalBusinessFunctions").value = view.impact.vitalBusinessFunctions.join("\n");
    clearFieldProblems(form, problem);
    edited = false;
    for (const tr of table.querySelectorAll("tr")) {
      tr.setAttribute("aria-current", String(tr.querySelector(`[data-service="${CSS.escape(serviceId)}"]`) !== null));
    }
  }

  function objectivesBody() {
    const [rto, rpo, mtd] = ["objectives.rto", "objectives.rpo", "objectives.maximumTolerableDowntime"].map((name) => field(name).value.trim());
    return rto || rpo || mtd ? { rto: durationForApi(rto), rpo: durationForApi(rpo), maximumTolerableDowntime: durationForApi(mtd) } : null;
  }

  const save = oneAtATime(async () => {
    const record = selected;
    if (!record) {
      return;
    }
    clearFieldProblems(form, problem);
    const body = {
      objectives: objectivesBody(),
      impactOverTime: steps.rows().map((s) => ({ after: durationForApi(s.after), kind: s.kind, description: s.description })),
      vitalBusinessFunctions: field("vitalBusinessFunctions").value.split("\n").map((f) => f.trim()).filter(Boolean),
    };
    try {
      await call(`/api/services/${encodeURIComponent(record.serviceId)}/business-impact`,
        { method: "PUT", headers: { "If-Match": `"${record.version}"` }, body: JSON.stringify(body) });
    } catch (error) {
      showFieldProblems(form, problem, error);
      return;
    }
    await loadServices();
    await show(record.serviceId);
  });

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void save();
  });

  const reloadSoon = whenSettled(loadServices, 500);

  /**
   * An analysis changed somewhere: the services are read again (what dependents need may have moved), at most every half
   * second, and the analysis shown is read again unless it has edits of this page's user.
   * @param {{ kind: string, items: { serviceId: string, version: number }[] }} message
   */
  function follow(message) {
    if (message.kind === "snapshot") {
      return;
    }
    reloadSoon();
    const current = selected;
    if (current && !edited && message.items.some((i) => i.serviceId === current.serviceId && i.version > current.version)) {
      void show(current.serviceId);
    }
  }

  required("[data-refresh]").addEventListener("click", () => void loadServices());
  await loadServices();
  return { follow };
}
