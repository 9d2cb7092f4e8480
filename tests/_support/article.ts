import { readFileSync } from 'node:fs';

/** The article, byte-identical to the source, one entry per paragraph (paragraph n is `paragraphs[n - 1]`). */
export const articleText = readFileSync(new URL('../fixtures/article.ar.txt', import.meta.url), 'utf8');
export const paragraphs = articleText.split('\n');
