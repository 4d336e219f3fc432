// Assignment groups and their members. A group exists while someone is in it (or a service or API key names it), so
// a group is made by putting its first member in it, and members join or leave through their accounts' groups.
import { element } from "../shell/dom.js";
import { call } from "../shell/api.js";
import { field, input, formProblem, text, onSubmit, showProblem } from "./form-fields.js";

/**
 * @typedef {object} Group
 * @property {string} id
 * @property {string} name
 * @property {{ userName: string, displayName: string }[]} members
 */

/** @type {import("./sections.js").Section} */
export const groupsSection = {
  id: "groups",
  label: "Groups",
  note: "Assignment groups: tickets go to a group, and its members work them",
  render: renderGroups,
};

/** @param {HTMLElement} panel */
async function renderGroups(panel) {
  const names = element("datalist", { attributes: { id: "admin-group-users" } });
  const groups = element("div", { className: "admin-cards", attributes: { "data-group-list": "" } });
  const create = element("form", { className: "admin-form inline-form", attributes: { "data-group-create": "", "aria-label": "New group" } },
    field("New group", input("group", { required: "" })),
    field("First member", input("userName", { required: "", list: names.id, autocomplete: "off" })),
    element("button", { text: "Create group", attributes: { type: "submit" } }),
    formProblem());
  panel.append(names, create, groups);

  const load = async () => {
    /** @type {[Group[], { userName: string }[]]} */
    const [all, users] = await Promise.all([call("/api/groups"), call("/api/admin/users")]);
    names.replaceChildren(...users.map((u) => element("option", { attributes: { value: u.userName } })));
    groups.replaceChildren(...all.map((group) => groupCard(group, load, names.id)));
  };

  onSubmit(create, async () => {
    await joinGroup(text(create, "userName"), text(create, "group"), true);
    create.reset();
    await load();
  });
  await load();
}

/**
 * @param {Group} group
 * @param {() => Promise<void>} reload
 * @param {string} userList the id of the datalist of user names
 */
function groupCard(group, reload, userList) {
  const add = element("form", { className: "inline-form", attributes: { "data-group-add": group.id, "aria-label": `Add a member to ${group.name}` } },
    field(`Add to ${group.name}`, input("userName", { required: "", list: userList, autocomplete: "off" })),
    element("button", { text: "Add member", attributes: { type: "submit" } }),
    formProblem());
  onSubmit(add, async () => {
    await joinGroup(text(add, "userName"), group.name, true);
    await reload();
  });
  const members = element("ul", { className: "action-list", attributes: { "data-group-members": group.id } },
    ...group.members.map((member) => {
      const remove = element("button", { text: "Remove", attributes: { type: "button", "aria-label": `Remove ${member.userName} from ${group.name}` } });
      remove.addEventListener("click", () => {
        joinGroup(member.userName, group.name, false).then(reload, (/** @type {unknown} */ error) => showProblem(add, error));
      });
      return element("li", { attributes: { "data-member": member.userName } },
        element("span", { text: member.displayName ? `${member.displayName} (${member.userName})` : member.userName }), remove);
    }));
  return element("section", { className: "admin-card", attributes: { "data-group": group.id, "aria-label": group.name } },
    element("h3", { text: group.name }),
    group.members.length === 0 ? element("p", { className: "muted", text: "No people in it: a service or API key names it." }) : members,
    add);
}

/**
 * Puts a person in a group or takes them out of it, keeping their other groups.
 * @param {string} userName
 * @param {string} group
 * @param {boolean} joins
 */
async function joinGroup(userName, group, joins) {
  if (!userName) {
    throw new Error("Give a user name.");
  }
  /** @type {{ groups: string[] }} */
  const user = await call(`/api/admin/users/${encodeURIComponent(userName)}`);
  const others = user.groups.filter((g) => g.toLowerCase() !== group.toLowerCase());
  await call(`/api/admin/users/${encodeURIComponent(userName)}`, {
    method: "PATCH",
    body: JSON.stringify({ groups: joins ? [...others, group] : others }),
  });
}
