/**
 * `npm run validate:data` (run by `npm run build`): parses the bundled records with the
 * knowledge-base schema and the article with its own, so the package ships data that was validated when it was built and
 * never loads zod to read it. Exits non-zero and prints each problem's path when one fails.
 */
import { articleRecord } from '../src/data/article.js';
import { bundledData } from '../src/data/bundled.js';
import { ArticleSchema } from '../src/schema/article.js';
import { KnowledgeBaseDataSchema } from '../src/schema/knowledgeBase.js';

let failed = false;
for (const [what, result] of [
  ['records', KnowledgeBaseDataSchema.safeParse(bundledData)],
  ['article', ArticleSchema.safeParse(articleRecord)],
] as const) {
  if (result.success) continue;
  failed = true;
  for (const issue of result.error.issues) console.error(`${what}: ${issue.path.join('.')}: ${issue.message}`);
}
if (failed) process.exit(1);
const counts = Object.entries(bundledData).map(([collection, records]) => `${records.length} ${collection}`);
console.log(`bundled data valid: ${counts.join(', ')}, and the article`);
