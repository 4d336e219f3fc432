// Local accounts: the list; creating one with its password, roles, groups and manager; changing an account's name,
// roles, groups and manager, or disabling it; setting a new password. The API keeps accounts (it has no deleting:
// disabling ends sign-in).
import { element, setText } from "../shell/dom.js";
import { call, idempotencyKey } from "../shell/api.js";
import { field, input, checkboxes, chosen, formProblem, list, text, onSubmit } from "./form-fields.js";
import { ROLES, roleName } from "./roles.js";
import { forAccount, passwordForm } from "./password-form.js";

/**
 * @typedef {object} UserAccount
 * @property {string} userName
 * @property {string} displayName
 * @property {string[]} roles
 * @property {string[]} groups
 * @property {boolean} disabled
 * @property {string | null} [manager]
 */

/** @type {import("./sections.js").Section} */
export const usersSection = {
  id: "users",
  label: "Users",
  note: "Local accounts: who signs in and what they may do",
  render: renderUsers,
};

/** @param {HTMLElement} panel */
async function renderUsers(panel) {
  const rows = element("tbody", { attributes: { "data-user-rows": "" } });
  const names = element("datalist", { attributes: { id: "admin-user-names" } });
  const table = element("table", { className: "admin-table", attributes: { "aria-label": "Accounts" } },
    element("thead", {}, element("tr", {}, ...["User", "Name", "Roles", "Groups", "Manager", "State", "Actions"].map((h) => element("th", { text: h, attributes: { scope: "col" } })))),
    rows);
  const create = accountForm("create");
  const edit = accountForm("edit");
  edit.hidden = true;
  const password = passwordForm();
  panel.append(names, table, create, edit, password);

  const load = async () => {
    /** @type {UserAccount[]} */
    const users = await call("/api/admin/users");
    users.sort((a, b) => a.userName.localeCompare(b.userName));
    names.replaceChildren(...users.map((u) => element("option", { attributes: { value: u.userName } })));
    rows.replaceChildren(...users.map((user) => {
      const change = element("button", { text: "Edit", attributes: { type: "button", "aria-label": `Edit ${user.userName}` } });
      change.addEventListener("click", () => {
        startEdit(edit, user);
        forAccount(password, user.userName);
      });
      return element("tr", { attributes: { "data-user": user.userName } },
        element("td", { text: user.userName }),
        element("td", { text: user.displayName }),
        element("td", { text: user.roles.map(roleName).join(", ") }),
        element("td", { text: user.groups.join(", ") }),
        element("td", { text: user.manager ?? "" }),
        element("td", { text: user.disabled ? "disabled" : "active" }),
        element("td", {}, change));
    }));
  };

  onSubmit(create, async () => {
    await call("/api/admin/users", {
      method: "POST",
      headers: { "Idempotency-Key": idempotencyKey() },
      body: JSON.stringify({
        userName: text(create, "userName"),
        displayName: text(create, "displayName"),
        password: text(create, "password"),
        roles: chosen(create, "roles"),
        groups: list(create, "groups"),
        manager: text(create, "manager") || null,
      }),
    });
    create.reset();
    setText(/** @type {HTMLElement} */ (create.querySelector("[data-form-done]")), "Created.");
    await load();
  });
  onSubmit(edit, async () => {
    const userName = edit.dataset.user ?? "";
    await call(`/api/admin/users/${encodeURIComponent(userName)}`, {
      method: "PATCH",
      body: JSON.stringify({
        displayName: text(edit, "displayName"),
        roles: chosen(edit, "roles"),
        groups: list(edit, "groups"),
        manager: text(edit, "manager"),
        disabled: /** @type {HTMLInputElement} */ (edit.elements.namedItem("disabled")).checked,
      }),
    });
    edit.hidden = true;
    await load();
  });
  edit.querySelector("[data-form-cancel]")?.addEventListener("click", () => {
    edit.hidden = true;
    password.hidden = true;
  });
  await load();
}

/**
 * The form that creates an account, or changes the one being edited.
 * @param {"create" | "edit"} purpose
 */
function accountForm(purpose) {
  const creating = purpose === "create";
  const form = element("form", { className: "admin-form", attributes: { [`data-user-${purpose}`]: "", "aria-label": creating ? "New user" : "Change user" } },
    element("h3", { text: creating ? "New user" : "Change user", attributes: { "data-form-title": "" } }),
    ...(creating ? [field("User name", input("userName", { required: "", autocomplete: "off" }))] : []),
    field("Display name", input("displayName")),
    ...(creating ? [field("Password", input("password", { type: "password", required: "", autocomplete: "new-password" }), "At least 12 characters.")] : []),
    checkboxes("Roles", "roles", ROLES),
    field("Groups", input("groups"), "Comma-separated, such as dba, network."),
    field("Manager", input("manager", { list: "admin-user-names", autocomplete: "off" }), creating ? "Approves this person's requests that need their manager." : "Leave blank for none."),
    ...(creating ? [] : [element("label", { className: "admin-check" }, element("input", { attributes: { type: "checkbox", name: "disabled" } }), document.createTextNode(" Disabled: may not sign in"))]),
    formProblem(),
    element("div", { className: "form-actions" },
      element("button", { text: creating ? "Create user" : "Save changes", attributes: { type: "submit" } }),
      ...(creating ? [element("span", { attributes: { "data-form-done": "", role: "status" } })] : [element("button", { text: "Cancel", attributes: { type: "button", "data-form-cancel": "" } })])));
  return form;
}

/**
 * @param {HTMLFormElement} form
 * @param {UserAccount} user
 */
function startEdit(form, user) {
  form.reset();
  form.dataset.user = user.userName;
  setText(/** @type {HTMLElement} */ (form.querySelector("[data-form-title]")), `Change ${user.userName}`);
  const set = (/** @type {string} */ name, /** @type {string} */ value) => {
    /** @type {HTMLInputElement} */ (form.elements.namedItem(name)).value = value;
  };
  set("displayName", user.displayName);
  set("groups", user.groups.join(", "));
  set("manager", user.manager ?? "");
  const roles = user.roles.map(roleName);
  for (const box of form.querySelectorAll("input[name=roles]")) {
    const checkbox = /** @type {HTMLInputElement} */ (box);
    checkbox.checked = roles.includes(checkbox.value);
  }
  /** @type {HTMLInputElement} */ (form.elements.namedItem("disabled")).checked = user.disabled;
  form.hidden = false;
  /** @type {HTMLInputElement} */ (form.elements.namedItem("displayName")).focus();
}
