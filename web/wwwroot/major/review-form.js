// The post-incident review form: filled from a major incident's review and read back as the API's body.

const TEXTS = ["summary", "rootCause", "impact", "whatWentWell", "whatToImprove"];

/**
 * @param {HTMLFormElement} form
 * @param {string} name
 */
function field(form, name) {
  return /** @type {HTMLInputElement | HTMLTextAreaElement} */ (form.elements.namedItem(name));
}

/**
 * @param {HTMLFormElement} form
 * @param {any} review the recorded review, or null
 */
export function fillReview(form, review) {
  for (const name of TEXTS) {
    field(form, name).value = review?.[name] ?? "";
  }
  field(form, "actions").value = (review?.actions ?? [])
    .map((/** @type {any} */ a) => [a.description, a.owner, a.due ?? ""].join(" | ").replace(/ \| $/, ""))
    .join("\n");
  /** @type {HTMLInputElement} */ (field(form, "timelineConfirmed")).checked = review?.timelineConfirmed ?? false;
}

/**
 * Reads the form; a follow-up line is "what | owner | due", the due date optional.
 * @param {HTMLFormElement} form
 */
export function readReview(form) {
  /** @type {Record<string, unknown>} */
  const review = Object.fromEntries(TEXTS.map((name) => [name, field(form, name).value]));
  review.actions = field(form, "actions").value
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => {
      const [description = "", owner = "", due = ""] = line.split("|").map((part) => part.trim());
      return { description, owner, due: due === "" ? null : due };
    });
  review.timelineConfirmed = /** @type {HTMLInputElement} */ (field(form, "timelineConfirmed")).checked;
  return review;
}
