import type { AnyRecord } from '../_lib/records.js';
import { type SearchIndex, buildSearchIndex } from '../search/searchIndex.js';

/**
 * The bundled records' search index. Run from source (the tests, `npm start`) it is built
 * here; the built package replaces this module with one that unpacks the index packed when
 * the package was built (`scripts/bundleRecordsAsJson.ts`, `search/packSearchIndex.ts`).
 */
export const bundledSearchIndex = (records: readonly AnyRecord[]): SearchIndex => buildSearchIndex(records);
