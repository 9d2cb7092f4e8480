// Every bundled record in one module: the build makes it dist/records.js, which every entry
// imports, so the records are loaded once and bundled once.
export { articleRecord } from './article.js';
export { entityRecords } from './entities.js';
export { eventRecords } from './events.js';
export { termRecords } from './glossary.js';
export { quoteRecords } from './quotes.js';
