// The lists the console's pickers offer, read from the server so that only real groups and services can be picked.
import { call } from "../shell/api.js";
import { element } from "../shell/dom.js";

/** @returns {Promise<string[]>} every assignment group that exists */
export async function groupNames() {
  const groups = /** @type {{ name: string }[]} */ (await call("/api/groups"));
  return groups.map((group) => group.name);
}

/**
 * Replaces a picker's options, keeping what was picked when it is still offered.
 * @param {HTMLSelectElement} select
 * @param {Array<[value: string, text: string]>} options
 */
export function offer(select, options) {
  const picked = select.value;
  select.replaceChildren(...options.map(([value, text]) => element("option", { text, attributes: { value } })));
  if (options.some(([value]) => value === picked)) {
    select.value = picked;
  }
}

/**
 * Picks a value, offering it first when the list lacks it (a group that no longer exists, say), so an edit keeps it.
 * @param {HTMLSelectElement} select
 * @param {string | null | undefined} value
 */
export function pick(select, value) {
  const wanted = value ?? "";
  if (![...select.options].some((option) => option.value === wanted)) {
    select.append(element("option", { text: wanted, attributes: { value: wanted } }));
  }
  select.value = wanted;
}
