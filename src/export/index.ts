/**
 * The knowledge base in the formats other tools read: TBX for CAT tools and termbases,
 * schema.org JSON-LD for search engines, CSV for spreadsheets.
 *
 * @packageDocumentation
 */
export { toTbx, type ToTbxOptions } from './toTbx.js';
export { toJsonLd, type ToJsonLdOptions, type JsonLdArticle, type JsonLdData, type JsonLdDocument, type JsonLdNode, type LangString } from './toJsonLd.js';
export { toCsv, type ToCsvOptions, type CsvCollection } from './toCsv.js';
