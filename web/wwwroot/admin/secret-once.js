// A secret the server shows this once (a new API key or routing key): shown with a copy button and a warning, until
// the administrator dismisses it; nothing keeps it afterwards.
import { element, setText } from "../shell/dom.js";

/**
 * Shows <secret> in <place>, replacing whatever secret was shown there before.
 * @param {HTMLElement} place
 * @param {string} label what the secret is, such as "API key for Nagios"
 * @param {string} secret
 */
export function showSecretOnce(place, label, secret) {
  const value = element("code", { className: "admin-secret-value", text: secret, attributes: { "data-secret-value": "" } });
  const copied = element("span", { attributes: { role: "status" } });
  const copy = element("button", { text: "Copy", attributes: { type: "button", "data-secret-copy": "" } });
  copy.addEventListener("click", () => {
    navigator.clipboard.writeText(secret).then(
      () => setText(copied, "Copied."),
      () => setText(copied, "Copying was refused: select the text and copy it."));
  });
  const dismiss = element("button", { text: "I have stored it", attributes: { type: "button", "data-secret-dismiss": "" } });
  dismiss.addEventListener("click", () => place.replaceChildren());
  place.replaceChildren(element("div", { className: "admin-secret", attributes: { role: "alert", "data-secret": "" } },
    element("p", { className: "admin-secret-warning", text: `${label}: copy it now. It is shown this once and never again.` }),
    value,
    element("div", { className: "form-actions" }, copy, dismiss, copied)));
}
