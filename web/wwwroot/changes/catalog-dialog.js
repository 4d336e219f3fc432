// The dialog where change managers and admins keep the change catalogue: standard-change templates and change freezes.
// The catalogue has one version for both; every edit sends it, and a refused stale edit reloads the lists.
import { ProblemError, call } from "../shell/api.js";
import { setText } from "../shell/dom.js";
import { CatalogPart } from "./catalog-part.js";
import { FREEZE_FIELDS } from "./freeze-fields.js";
import { TEMPLATE_FIELDS } from "./template-fields.js";
import { offerServices } from "./service-choice.js";

const CATALOG = "/api/change-catalog";

export class CatalogDialog {
  #dialog;
  #problem;
  #templates;
  #freezes;
  #onChanged;
  /** The catalogue version the lists show. */
  #version = 0;

  /**
   * @param {HTMLDialogElement} dialog
   * @param {(catalog: any) => void} onChanged told of the catalogue after each accepted edit
   */
  constructor(dialog, onChanged) {
    this.#dialog = dialog;
    this.#onChanged = onChanged;
    this.#problem = /** @type {HTMLElement} */ (dialog.querySelector("[data-catalog-problem]"));
    const part = (/** @type {string} */ name) => /** @type {HTMLElement} */ (dialog.querySelector(`[data-catalog-part="${name}"]`));
    this.#templates = new CatalogPart(part("templates"), `${CATALOG}/templates`, TEMPLATE_FIELDS, this);
    this.#freezes = new CatalogPart(part("freezes"), `${CATALOG}/freezes`, FREEZE_FIELDS, this);
    dialog.querySelector("[data-close-catalog]")?.addEventListener("click", () => dialog.close());
  }

  /** @param {{ id: string, name: string }[]} services */
  offerServices(services) {
    for (const select of this.#dialog.querySelectorAll("[data-service-choice]")) {
      offerServices(/** @type {HTMLSelectElement} */ (select), services);
    }
  }

  /** Opens the dialog on the catalogue as it is now. */
  async open() {
    this.#templates.close();
    this.#freezes.close();
    setText(this.#problem, "");
    this.#dialog.showModal();
    try {
      await this.#reload();
    } catch (error) {
      setText(this.#problem, /** @type {Error} */ (error).message);
    }
  }

  /**
   * @param {"PUT" | "DELETE"} method
   * @param {string} path
   * @param {object} [body]
   */
  async send(method, path, body) {
    try {
      const catalog = await call(path, { method, headers: { "If-Match": `"${this.#version}"` }, body: body ? JSON.stringify(body) : undefined });
      this.#show(catalog);
      this.#onChanged(catalog);
    } catch (error) {
      if (error instanceof ProblemError && error.status === 409) {
        await this.#reload();
        throw new ProblemError(`${error.message} The lists now show the catalogue as it is: check them and save again.`, error.errors, error.status);
      }
      throw error;
    }
  }

  async #reload() {
    this.#show(await call(CATALOG));
  }

  /** @param {any} catalog a ChangeCatalogView */
  #show(catalog) {
    this.#version = catalog.version;
    this.#templates.show(catalog.templates);
    this.#freezes.show(catalog.freezes);
  }
}
