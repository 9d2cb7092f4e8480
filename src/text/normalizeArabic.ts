import { assertString } from '../_lib/assert.js';

/** Options shared by the match-key functions. */
export interface NormalizeArabicOptions {
  /**
   * Also fold the hamza seats ؤ → و and ئ → ي (default `false`): for recall when a
   * writer drops the hamza (مسؤول / مسوول), at the cost of merging some distinct words.
   */
  loose?: boolean;
}

/** Table value for a code unit that is removed from the key. */
const DROP = 0;
/** Flag bit: the code unit can change under NFKC (a composing hamza/madda or a compatibility letter). */
const NFKC = 0x10000;
const ARABIC_START = 0x0600;

/**
 * Builds the per-code-unit table for the Arabic block U+0600–U+06FF: the low 16 bits
 * hold the output code unit (or DROP), the NFKC bit marks units that need `normalize`.
 */
function buildTable(loose: boolean): Int32Array {
  const table = new Int32Array(0x100);
  for (let c = 0x0600; c <= 0x06ff; c++) {
    let out = c;
    if (
      c === 0x0640 || // tatweel: كـبير is a stretched كبير
      (c >= 0x064b && c <= 0x065f) || // harakat and tanween: قويًا, نموذجًا
      c === 0x0670 || // dagger alef, as in هٰذا
      (c >= 0x0610 && c <= 0x061a) || // Quranic honorific marks
      (c >= 0x06d6 && c <= 0x06ed) || // Quranic annotation marks
      c === 0x061c // Arabic letter mark, an invisible bidi control
    ) {
      out = DROP;
    } else if (c === 0x0623 || c === 0x0625 || c === 0x0622 || c === 0x0671) {
      out = 0x0627; // أ إ آ ٱ → ا: سام ألتمان is also written سام التمان
    } else if (c === 0x0649) {
      out = 0x064a; // ى → ي: the article writes الذكاء الاصطناعى
    } else if (c === 0x0629) {
      out = 0x0647; // ة → ه: مواجهة is often typed مواجهه
    } else if (c === 0x06cc) {
      out = 0x064a; // Persian ی, from Persian keyboards
    } else if (c === 0x06a9) {
      out = 0x0643; // Persian ک
    } else if (c === 0x06c1 || c === 0x06c0) {
      out = 0x0647; // Urdu ہ and ۀ
    } else if (c >= 0x0660 && c <= 0x0669) {
      out = c - 0x0660 + 0x30; // Arabic-Indic digits: ٢٠٢٥ = 2025
    } else if (c >= 0x06f0 && c <= 0x06f9) {
      out = c - 0x06f0 + 0x30; // Eastern Arabic-Indic digits ۲۰۲۵
    } else if (loose && c === 0x0624) {
      out = 0x0648; // ؤ → و: مسؤول / مسوول
    } else if (loose && c === 0x0626) {
      out = 0x064a; // ئ → ي: رئيس / رييس
    }
    const ch = String.fromCharCode(c);
    // U+0653–U+0655 compose with the letter before them (ا + ◌ٔ = أ), so their
    // presence means the text is decomposed and must be composed first.
    const composes = (c >= 0x0653 && c <= 0x0655) || ch.normalize('NFKC') !== ch;
    table[c - ARABIC_START] = out | (composes ? NFKC : 0);
  }
  return table;
}

// Built on first use, not on import.
let strict: Int32Array | undefined;
let loose: Int32Array | undefined;

/** Invisible format characters outside the Arabic block that are removed. */
function isInvisible(c: number): boolean {
  return (
    (c >= 0x200b && c <= 0x200f) || // zero-width space/joiners, LRM, RLM
    (c >= 0x202a && c <= 0x202e) || // bidi embeddings and overrides
    (c >= 0x2066 && c <= 0x2069) || // bidi isolates
    c === 0xfeff // byte-order mark / zero-width no-break space
  );
}

/**
 * One pass over `text`. Returns `undefined` when `composed` is false and the text holds
 * a code unit NFKC could change, so the caller normalizes and runs again.
 */
function fold(text: string, table: Int32Array, composed: boolean): string | undefined {
  let out = '';
  let start = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    let m: number;
    if (c >= 0x0600 && c <= 0x06ff) {
      const e = table[c - ARABIC_START]!;
      if (!composed && (e & NFKC) !== 0) return undefined;
      m = e & 0xffff;
      if (m === c) continue;
    } else {
      // Presentation forms, decomposed Latin, NBSP…: everything non-ASCII outside
      // the plain Arabic block goes through NFKC once.
      if (!composed) return undefined;
      if (!isInvisible(c)) continue;
      m = DROP;
    }
    out += text.slice(start, i);
    if (m !== DROP) out += String.fromCharCode(m);
    start = i + 1;
  }
  return start === 0 ? text : out + text.slice(start);
}

/**
 * Folds Arabic spelling variants into one match key (never used for display text).
 *
 * @param text - Any string, including lone surrogates and mixed scripts.
 * @param options - `loose: true` also folds ؤ → و and ئ → ي.
 * @returns The text composed with NFKC, without tatweel, harakat, Quranic marks and
 *   invisible controls, with أ إ آ ٱ → ا, ى → ي, ة → ه, Persian ی ک ہ ۀ folded and
 *   Arabic-Indic digits turned into ASCII; Latin text, case and punctuation are kept.
 * @throws {TypeError} When the argument is not a string.
 * @example
 * normalizeArabic('الذكاءُ الاصطناعى ٢٠٢٥') //=> 'الذكاء الاصطناعي 2025'
 */
export function normalizeArabic(text: string, options?: NormalizeArabicOptions): string {
  assertString('normalizeArabic', 'text', text);
  const table = options?.loose === true ? (loose ??= buildTable(true)) : (strict ??= buildTable(false));
  const fast = fold(text, table, false);
  if (fast !== undefined) return fast;
  let result = fold(text.normalize('NFKC'), table, true) ?? '';
  // Removing an invisible character can leave two pieces NFKC now joins (ᄀ + ZWSP + ᅡ
  // becomes 가); settle so that the key of a key is the key itself.
  for (let round = 0; round < 3; round++) {
    const again = result.normalize('NFKC');
    if (again === result) break;
    result = fold(again, table, true) ?? '';
  }
  return result;
}
