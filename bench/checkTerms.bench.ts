/**
 * `npm run bench:check`: the time `checkTerms` takes over a 5,000-word document built from
 * the real article (its Arabic text; and, in English, the package's prose about it), cold (the
 * glossary's forms compiled on the first call) and warm (every keystroke after that).
 */
import { readFileSync } from 'node:fs';
// The built package, as users get it; typed from the sources it is built from.
const { checkTerms, entities, events, quotes, tokenize }: typeof import('../src/index.js') = await import('../dist/index.js' as string);

const WORDS = 5_000;
const ROUNDS = 101;
/** Calls before timing, so the figures are of optimized code, as in an editor that has been open a while. */
const WARM_UP = 20;

/** Paragraphs repeated until the document has `WORDS` words (as `tokenize` counts them). */
function documentOf(paragraphs: readonly string[]): string {
  const out: string[] = [];
  let words = 0;
  for (let i = 0; words < WORDS; i++) {
    const paragraph = paragraphs[i % paragraphs.length]!;
    out.push(paragraph);
    words += tokenize(paragraph).length;
  }
  return out.join('\n');
}

const arabic = documentOf(readFileSync(new URL('../tests/fixtures/article.ar.txt', import.meta.url), 'utf8').split('\n'));
// English: the package's own English prose about the article (summaries, descriptions, quotations).
const english = documentOf([...events.map((e) => e.summary.en), ...entities.map((e) => e.description.en), ...quotes.map((q) => q.text.en)]);

/**
 * Median wall-clock milliseconds of `ROUNDS` calls after `WARM_UP` calls, and the mean
 * CPU milliseconds (user + system) of this process per call: on a busy machine the wall
 * clock also counts time other processes held the CPU.
 */
function timing(fn: () => unknown): string {
  for (let i = 0; i < WARM_UP; i++) fn();
  const samples: number[] = [];
  const cpu = process.cpuUsage();
  for (let i = 0; i < ROUNDS; i++) {
    const start = process.hrtime.bigint();
    fn();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  const used = process.cpuUsage(cpu);
  samples.sort((a, b) => a - b);
  return `${samples[samples.length >> 1]!.toFixed(2)} ms wall (median of ${ROUNDS}), ${((used.user + used.system) / 1000 / ROUNDS).toFixed(2)} ms CPU`;
}

for (const [lang, text] of [['ar', arabic], ['en', english]] as const) {
  const start = process.hrtime.bigint();
  const findings = checkTerms(text, lang);
  const cold = Number(process.hrtime.bigint() - start) / 1e6;
  console.log(`${lang}: ${tokenize(text).length} words, ${text.length} UTF-16 units, ${findings.length} findings`);
  console.log(`  first call${lang === 'ar' ? ' (builds the knowledge base and compiles the glossary)' : ''}: ${cold.toFixed(2)} ms`);
  console.log(`  same text again: ${timing(() => checkTerms(text, lang))}`);
  // A keystroke at the end of the document: the whole text is checked again.
  let typed = text;
  console.log(`  after each keystroke: ${timing(() => checkTerms((typed += lang === 'ar' ? 'ب' : 'b'), lang))}`);
}
