// The sections of the administration console, in the order the console lists them. A section is one module that
// draws itself into the panel it is given; adding one is a module plus a line here.

/**
 * @typedef {object} Section
 * @property {string} id the address fragment that opens it (#id)
 * @property {string} label
 * @property {string} [note] what the section is for, or that it is read-only
 * @property {(panel: HTMLElement) => void | Promise<void>} render draws the section; called once, when first opened
 */

/** @type {Section[]} */
export const SECTIONS = [
];

import { auditSection } from "./audit-section.js";
import { alertIntakeSection } from "./alert-intake-section.js";

SECTIONS.push(auditSection, alertIntakeSection);
