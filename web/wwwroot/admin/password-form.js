// An administrator sets a new password for a local account (someone forgot theirs): the old one stops working at once.
import { element, setText } from "../shell/dom.js";
import { call } from "../shell/api.js";
import { field, input, formProblem, text, onSubmit } from "./form-fields.js";

/** The form, hidden until an account is chosen with {@link forAccount}. */
export function passwordForm() {
  const form = element("form", { className: "admin-form", attributes: { "data-user-password": "", "aria-label": "New password" } },
    element("h3", { text: "New password", attributes: { "data-form-title": "" } }),
    field("New password", input("password", { type: "password", required: "", autocomplete: "new-password" }), "At least 12 characters."),
    formProblem(),
    element("div", { className: "form-actions" },
      element("button", { text: "Set password", attributes: { type: "submit" } }),
      element("span", { attributes: { "data-form-done": "", role: "status" } })));
  form.hidden = true;
  onSubmit(form, async () => {
    const userName = form.dataset.user ?? "";
    await call(`/api/admin/users/${encodeURIComponent(userName)}/password`, {
      method: "POST",
      body: JSON.stringify({ password: text(form, "password") }),
    });
    form.reset();
    setText(/** @type {HTMLElement} */ (form.querySelector("[data-form-done]")), `${userName} has a new password.`);
  });
  return form;
}

/**
 * Shows the form for one account.
 * @param {HTMLFormElement} form
 * @param {string} userName
 */
export function forAccount(form, userName) {
  form.reset();
  form.dataset.user = userName;
  setText(/** @type {HTMLElement} */ (form.querySelector("[data-form-title]")), `New password for ${userName}`);
  setText(/** @type {HTMLElement} */ (form.querySelector("[data-form-done]")), "");
  form.hidden = false;
}
