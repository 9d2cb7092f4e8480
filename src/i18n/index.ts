/**
 * `open-weight-kb/i18n`: every string of the package as i18next resources, for an i18next
 * instance of your own. Plain data: this entry imports nothing from i18next.
 *
 * @packageDocumentation
 */
export { resources, NAMESPACES } from './resources.js';
