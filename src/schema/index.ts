/**
 * `open-weight-kb/schema`: the zod schemas of every record kind, the package's own schema
 * registry, and `createKnowledgeBase`, which validates data of your own with them. The one
 * entry that loads zod.
 *
 * @packageDocumentation
 */
export * from './common.js';
export * from './source.js';
export * from './entity.js';
export * from './event.js';
export * from './quote.js';
export * from './term.js';
export * from './article.js';
export * from './knowledgeBase.js';
export { schemaRegistry } from './registry.js';
export { createKnowledgeBase } from './createKnowledgeBase.js';
export type { KnowledgeBase } from '../kb.js';
