import type { KnowledgeBaseData } from '../schema/knowledgeBase.js';
import { entityRecords } from './entities.js';
import { eventRecords } from './events.js';
import { termRecords } from './glossary.js';
import { quoteRecords } from './quotes.js';

/** The article's records, joined from facts and locale strings; validated by the tests, not at import. */
export const bundledData = {
  entities: entityRecords,
  events: eventRecords,
  quotes: quoteRecords,
  glossary: termRecords,
} satisfies KnowledgeBaseData;
