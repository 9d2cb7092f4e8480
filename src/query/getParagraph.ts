import { describe } from '../_lib/assert.js';
import type { Frozen } from '../_lib/deepFreeze.js';
import type { Article, ArticleParagraph } from '../schema/article.js';

/**
 * One paragraph of the article by its number, the 1-based line of the Arabic text that every
 * `{ kind: 'article', paragraph }` source cites.
 *
 * @param article - The article record.
 * @param paragraph - The paragraph number, from 1.
 * @returns The paragraph with its role and verbatim text, or `undefined` when there is none.
 * @throws TypeError (naming `getParagraph`) when `paragraph` is not a number.
 * @example
 * paragraphOf(article, 17) //=> { paragraph: 17, role: 'heading', text: 'عامل التعريف' }
 */
export function paragraphOf(article: Frozen<Article>, paragraph: unknown): Frozen<ArticleParagraph> | undefined {
  if (typeof paragraph !== 'number') throw new TypeError(`getParagraph: paragraph must be a number, got ${describe(paragraph)}`);
  return Number.isInteger(paragraph) ? article.paragraphs[paragraph - 1] : undefined;
}
