import type { Lang } from '../enums.js';

const ARABIC = 1;
const LATIN = 2;

/**
 * Marks every letter code unit of the Arabic blocks (Arabic, Supplement, Extended-A,
 * presentation forms A and B) and of Latin (ASCII, Latin-1, Extended-A/B, Extended
 * Additional, fullwidth). Harakat, Arabic digits and ، ؛ ؟ are not letters, so they
 * do not count.
 */
function buildScripts(): Uint8Array {
  const table = new Uint8Array(0x10000);
  const letter = /\p{L}/u;
  const mark = (from: number, to: number, script: number): void => {
    for (let c = from; c <= to; c++) if (letter.test(String.fromCharCode(c))) table[c] = script;
  };
  mark(0x0600, 0x06ff, ARABIC);
  mark(0x0750, 0x077f, ARABIC);
  mark(0x08a0, 0x08ff, ARABIC);
  mark(0xfb50, 0xfdff, ARABIC);
  mark(0xfe70, 0xfeff, ARABIC);
  mark(0x0041, 0x007a, LATIN);
  mark(0x00c0, 0x024f, LATIN);
  mark(0x1e00, 0x1eff, LATIN);
  mark(0xff21, 0xff5a, LATIN);
  return table;
}

const SCRIPTS = /*@__PURE__*/ buildScripts();

/**
 * Guesses the language of a text from its letters.
 *
 * @param text - Any string, e.g. a search query.
 * @returns `'ar'` when Arabic letters are at least as many as Latin letters, `'en'`
 *   when Latin letters are more, `undefined` when there are no letters of either.
 * @example
 * detectScript('نموذج GPT') //=> 'ar'
 */
export function detectScript(text: string): Lang | undefined {
  let arabic = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const script = SCRIPTS[text.charCodeAt(i)];
    if (script === ARABIC) arabic++;
    else if (script === LATIN) latin++;
  }
  if (arabic === 0 && latin === 0) return undefined;
  // A tie goes to Arabic: the article is Arabic and Latin shows up inside it as names
  // (سام ألتمان on X), rarely the other way round.
  return arabic >= latin ? 'ar' : 'en';
}
