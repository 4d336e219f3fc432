// The services a template or freeze applies to, chosen in a multiple select; none chosen means every service.

/**
 * @param {HTMLSelectElement} select
 * @param {{ id: string, name: string }[]} services
 */
export function offerServices(select, services) {
  // Names need not be unique; the id tells two alike apart.
  select.replaceChildren(...services.map((service) => new Option(`${service.name} (${service.id})`, service.id)));
}

/**
 * @param {HTMLSelectElement} select
 * @param {string[]} ids
 */
export function chooseServices(select, ids) {
  for (const option of select.options) {
    option.selected = ids.includes(option.value);
  }
}

/** @param {HTMLSelectElement} select */
export function chosenServices(select) {
  return [...select.selectedOptions].map((option) => option.value);
}

/**
 * @param {string[]} ids
 * @param {string} none what an empty list means
 */
export function describeServices(ids, none) {
  return ids.length === 0 ? none : ids.join(", ");
}
