// The sections of the administration console, in the order the console lists them. A section is one module that
// draws itself into the panel it is given; adding one is a module plus a line here.
import { servicesSection } from "./services-section.js";
import { maintenanceSection } from "./maintenance-section.js";
import { catalogueSection } from "./catalogue-section.js";
import { slaSection } from "./sla-section.js";
import { webhooksSection } from "./webhooks-section.js";
import { usersSection } from "./users-section.js";
import { groupsSection } from "./groups-section.js";
import { apiKeysSection } from "./api-keys-section.js";
import { integrationsSection } from "./integrations-section.js";
import { escalationSection } from "./escalation-section.js";
import { onCallSection } from "./on-call-section.js";
import { auditSection } from "./audit-section.js";
import { alertIntakeSection } from "./alert-intake-section.js";

/**
 * @typedef {object} Section
 * @property {string} id the address fragment that opens it (#id)
 * @property {string} label
 * @property {string} [note] what the section is for, or that it is read-only
 * @property {(panel: HTMLElement) => void | Promise<void>} render draws the section; called once, when first opened
 */

/** @type {Section[]} */
export const SECTIONS = [
  servicesSection,
  maintenanceSection,
  catalogueSection,
  usersSection,
  groupsSection,
  apiKeysSection,
  integrationsSection,
  escalationSection,
  onCallSection,
  webhooksSection,
  slaSection,
  auditSection,
  alertIntakeSection,
];
