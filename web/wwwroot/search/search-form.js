// The search form as a query string of GET /api/search, and back: what the address bar and a saved view keep.

/** The form's filters, named as the API names them. */
export const FILTERS = ["q", "kind", "status", "priority", "service", "assignmentGroup", "assignee", "createdFrom", "createdBefore", "open", "slaBreached"];

/**
 * @param {HTMLFormElement} form
 * @returns {{ query: string, sort: string }} the filters that are set (no sort, no paging) and the sort, "" for the default
 */
export function readSearch(form) {
  const params = new URLSearchParams();
  for (const name of FILTERS) {
    const field = /** @type {HTMLInputElement | HTMLSelectElement | null} */ (form.elements.namedItem(name));
    const value = field?.value.trim() ?? "";
    if (value !== "") {
      params.set(name, value);
    }
  }
  const sort = /** @type {HTMLSelectElement} */ (form.elements.namedItem("sort")).value;
  return { query: params.toString(), sort };
}

/**
 * Fills the form from a query string; filters it does not name are cleared.
 * @param {HTMLFormElement} form
 * @param {string} query
 * @param {string | null | undefined} sort
 */
export function writeSearch(form, query, sort) {
  const params = new URLSearchParams(query);
  for (const name of FILTERS) {
    const field = /** @type {HTMLInputElement | HTMLSelectElement | null} */ (form.elements.namedItem(name));
    if (field) {
      field.value = params.get(name) ?? "";
    }
  }
  /** @type {HTMLSelectElement} */ (form.elements.namedItem("sort")).value = sort ?? "";
}

/**
 * The API's query string for a search, a page of it and its format.
 * @param {{ query: string, sort: string }} search
 * @param {{ limit?: number, after?: string | null, format?: string }} [extra]
 */
export function apiQuery(search, { limit, after, format } = {}) {
  const params = new URLSearchParams(search.query);
  if (search.sort) {
    params.set("sort", search.sort);
  }
  if (limit) {
    params.set("limit", String(limit));
  }
  if (after) {
    params.set("after", after);
  }
  if (format) {
    params.set("format", format);
  }
  return params.toString();
}
