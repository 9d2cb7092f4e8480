/**
 * `npm run validate:data` (run by `npm run build`): parses the bundled records with the
 * knowledge-base schema, so the package ships data that was validated when it was built and
 * never loads zod to read it. Exits non-zero and prints each problem's path when one fails.
 */
import { bundledData } from '../src/data/bundled.js';
import { KnowledgeBaseDataSchema } from '../src/schema/knowledgeBase.js';

const result = KnowledgeBaseDataSchema.safeParse(bundledData);
if (!result.success) {
  for (const issue of result.error.issues) console.error(`${issue.path.join('.')}: ${issue.message}`);
  process.exit(1);
}
const counts = Object.entries(bundledData).map(([collection, records]) => `${records.length} ${collection}`);
console.log(`bundled data valid: ${counts.join(', ')}`);
