// Lets a page take incidents by the number people quote ("INC0000042"), with open incidents offered as suggestions.
import { element } from "../shell/dom.js";
import { call, ProblemError } from "../shell/api.js";

const OPEN = "new,assigned,inProgress,onHold";

/**
 * Finds incidents by number; the text may hold several numbers separated by commas or spaces, and a
 * suggestion picked from the list ("INC0000042 · title") counts as its number.
 * @param {string} text
 * @returns {Promise<{ id: string, number: string, title: string }[]>}
 */
export async function findIncidents(text) {
  const numbers = [...new Set(text.split(/[,\n]/)
    .map((part) => part.split("·")[0])
    .flatMap((part) => part.match(/\bINC\d+\b/gi) ?? [])
    .map((n) => n.toUpperCase()))];
  if (numbers.length === 0) {
    throw new ProblemError("Give an incident number such as INC0000042.", {});
  }
  const page = await call(`/api/incidents?number=${encodeURIComponent(numbers.join(","))}&limit=${Math.min(numbers.length, 200)}`);
  const found = new Map(page.items.map((/** @type {any} */ i) => [i.number, i]));
  const missing = numbers.filter((n) => !found.has(n));
  if (missing.length > 0) {
    throw new ProblemError(`No incident ${missing.join(", ")}.`, {});
  }
  return numbers.map((n) => found.get(n));
}

/**
 * Fills a datalist with the newest open incidents.
 * @param {HTMLDataListElement} datalist
 */
export async function offerOpenIncidents(datalist) {
  const page = await call(`/api/incidents?status=${OPEN}&limit=200`);
  datalist.replaceChildren(...page.items.map((/** @type {any} */ i) =>
    element("option", { attributes: { value: `${i.number} · ${i.title}` } })));
}
