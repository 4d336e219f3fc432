import { call, idempotencyKey } from "../shell/api.js";
import { clearFieldProblems, showFieldProblems } from "../shell/field-problems.js";
import { ids } from "./risk-fields.js";

/**
 * The "Record a risk" form: sends it once (an idempotency key per submission), shows what is refused beside its field,
 * and hands the recorded risk on.
 * @param {HTMLFormElement} form
 * @param {HTMLElement} general the form's general problem line
 * @param {(created: { id: string }) => Promise<void>} recorded
 */
export function offerNewRisk(form, general, recorded) {
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    clearFieldProblems(form, general);
    try {
      const created = await call("/api/risks", {
        method: "POST",
        headers: { "Idempotency-Key": idempotencyKey() },
        body: JSON.stringify({
          title: data.get("title"),
          category: data.get("category"),
          owner: data.get("owner"),
          cause: data.get("cause") || null,
          links: { serviceIds: ids(String(data.get("services") ?? "")) },
          inherent: { impact: Number(data.get("impact")), likelihood: Number(data.get("likelihood")) },
          reviewBy: data.get("reviewBy") || null,
        }),
      });
      form.reset();
      await recorded(created);
    } catch (error) {
      showFieldProblems(form, general, error);
    }
  });
}
