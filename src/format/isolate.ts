import { assertString } from '../_lib/assert.js';
import { assertLang } from '../_lib/localeTag.js';
import type { Lang } from '../enums.js';

/** FIRST STRONG ISOLATE: opens a run whose direction is taken from its own first letter. */
export const FSI = '\u2068';
/** POP DIRECTIONAL ISOLATE: closes the run `FSI` opened. */
export const PDI = '\u2069';

// A run of the other script: its letters, and the digits, spaces and joiners between them
// (`Kimi K2`, `Llama 3`, `gpt-oss-120b`), with a leading @ or # kept (`@sama`). A joiner only
// counts when another letter or digit of the run follows, so `Kimi K2 في` stops before the space.
const LATIN_RUN = /[@#]?[\p{Script=Latin}](?:[\p{Script=Latin}\p{Nd}]|[ .\-_/'’+&:](?=[\p{Script=Latin}\p{Nd}]))*/gu;
const ARABIC_RUN = /[\p{Script=Arabic}](?:[\p{Script=Arabic}\p{M}\p{Nd}]|[ .\-،](?=[\p{Script=Arabic}]))*/gu;
// Text already inside an isolate (LRI, RLI or FSI … PDI) is left as it is.
const ISOLATED = /[\u2066-\u2068][^\u2069]*\u2069/gu;

/**
 * Wraps every run of the other direction in FSI … PDI, so that Latin names inside Arabic
 * (or Arabic inside English) keep their order and do not pull the punctuation around them
 * across. Runs already isolated are left alone, so calling it twice changes nothing.
 *
 * @param text The text to show.
 * @param lang The language of the text around the runs: `'ar'` wraps Latin runs, `'en'` Arabic ones.
 * @returns The text with each run as `\u2068run\u2069`.
 * @throws {TypeError} If `text` is not a string or `lang` is not `'ar'`/`'en'`.
 * @example
 * isolate('أطلقت Moonshot AI نموذج Kimi K2.', 'ar') //=> 'أطلقت \u2068Moonshot AI\u2069 نموذج \u2068Kimi K2\u2069.'
 * isolate('كتب @sama:', 'ar') //=> 'كتب \u2068@sama\u2069:'
 * isolate('The Arabic reads التعهيد المفتوح here.', 'en') //=> 'The Arabic reads \u2068التعهيد المفتوح\u2069 here.'
 */
export function isolate(text: string, lang: Lang): string {
  assertString('isolate', 'text', text);
  assertLang('isolate', lang);
  const run = lang === 'ar' ? LATIN_RUN : ARABIC_RUN;
  let out = '';
  let last = 0;
  for (const match of text.matchAll(ISOLATED)) {
    out += text.slice(last, match.index).replace(run, (found) => FSI + found + PDI) + match[0];
    last = match.index + match[0].length;
  }
  return out + text.slice(last).replace(run, (found) => FSI + found + PDI);
}
