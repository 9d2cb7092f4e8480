import { normalizeArabic, type NormalizeArabicOptions } from './normalizeArabic.js';
import { assertString } from '../_lib/assert.js';

// Table values; a positive value is the output code unit (itself when unchanged).
/** Not classified yet: classified on first sight, then cached. */
const UNKNOWN = 0;
/** Not a letter or digit: ends a word. */
const BREAK = -1;
/** Removed without ending the word (harakat, accents, zero-width controls). */
const DROP = -2;
/** Replaced by more than one code unit (ß → ss), found in `MULTI_OUT`. */
const MULTI = -3;
/** Half of a surrogate pair: classified by code point. */
const SURROGATE = -4;
/** ؤ or ئ: kept, or folded when `loose`. */
const HAMZA_SEAT = -5;
/** A hamza/madda that composes with the letter before it, or a compatibility letter: needs NFKC first. */
const COMPOSES = -6;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const MARK = /\p{M}/u;

/** Letters NFD does not split but that a reader types without the stroke or ligature. */
const EXTRA_FOLDS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ħ: 'h',
  ı: 'i',
  ł: 'l',
  ŧ: 't',
  þ: 'th',
};

/** Outputs of the `MULTI` code units, filled while the table is built or grows. */
const MULTI_OUT = /*@__PURE__*/ new Map<number, string>();

/**
 * Folds one NFKC-stable letter or digit: lowercase, then strip the marks NFD splits off
 * (é → e, ñ → n, ά → α), recomposing what is left (Hangul stays one syllable).
 */
function foldLetter(ch: string): string {
  let bare = '';
  for (const part of ch.toLowerCase().normalize('NFD')) {
    // The ligature check comes after NFD so that ǽ (æ + acute) also becomes ae.
    if (!MARK.test(part)) bare += EXTRA_FOLDS[part] ?? part;
  }
  return bare.normalize('NFC');
}

/**
 * Classifies one character (a single code unit or a whole surrogate pair) as it appears
 * after NFKC: `null` for a word break, `''` when dropped, else its folded form.
 */
function classifyChar(ch: string): string | null {
  // The Arabic folds, digits and the list of invisible controls come from the Arabic
  // normalizer, so the two keys never disagree.
  const norm = normalizeArabic(ch);
  if (norm === '') return '';
  // Combining marks of any script go like harakat, so é typed decomposed equals e and
  // an emoji's variation selector does not leave a stray word.
  if (MARK.test(norm)) return '';
  if (!LETTER_OR_DIGIT.test(norm)) return null;
  const c = norm.charCodeAt(0);
  // Arabic letters are already folded; NFD would split ۂ into ہ + hamza and undo that.
  if (c >= 0x0600 && c <= 0x06ff) return norm;
  return foldLetter(norm);
}

/** Table value for the BMP code unit `c`, storing multi-unit outputs in `MULTI_OUT`. */
function classify(c: number): number {
  if (c >= 0xd800 && c <= 0xdfff) return SURROGATE;
  if (c === 0x0624 || c === 0x0626) return HAMZA_SEAT;
  if (c >= 0x0600 && c <= 0x06ff) {
    const ch = String.fromCharCode(c);
    // Same composing test as the Arabic normalizer: ا + U+0654 must become أ first.
    if ((c >= 0x0653 && c <= 0x0655) || ch.normalize('NFKC') !== ch) return COMPOSES;
  }
  const folded = classifyChar(String.fromCharCode(c));
  if (folded === null) return BREAK;
  if (folded === '') return DROP;
  if (folded.length === 1) {
    const out = folded.charCodeAt(0);
    // 0 already means UNKNOWN and a lone surrogate must never be emitted: both break.
    return out === 0 || (out >= 0xd800 && out <= 0xdfff) ? BREAK : out;
  }
  MULTI_OUT.set(c, folded);
  return MULTI;
}

/**
 * Builds the lookup table: ASCII (lowercased) up front; every other code unit is classified
 * the first time it is seen. Classifying costs NFKC, NFD and Unicode property tests per
 * character: done ahead for seven hundred Latin and Arabic letters, it was most of a fresh
 * process's first key; now a Latin query pays nothing for it and the first Arabic one for its
 * own letters and the Arabic normalizer's table.
 */
function buildTable(): Int32Array {
  const table = new Int32Array(0x10000);
  for (let c = 0; c < 0x80; c++) {
    if (c >= 0x41 && c <= 0x5a) table[c] = c + 0x20;
    else if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) table[c] = c;
    else table[c] = BREAK; // '-', '_', '@', '#', quotes, spaces, NUL
  }
  return table;
}

// Built on first use, not on import: an app that imports the package but never searches
// should not pay for it.
let TABLE: Int32Array | undefined;

/**
 * One pass over `text`, collecting unchanged runs as slices. Returns `undefined` when
 * `composed` is false and a code unit needs NFKC, so the caller normalizes first.
 */
function scan(text: string, loose: boolean, composed: boolean): string | undefined {
  let out = '';
  let start = 0; // first index of the unchanged run not yet copied into `out`
  let gap = false; // a word break came after the last word character
  let soft = -1; // index of a lone ASCII space kept inside the run while `gap`
  const n = text.length;
  const table = (TABLE ??= buildTable());
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    // Everything non-ASCII outside the plain Arabic block is composed first (NBSP,
    // presentation forms, decomposed é).
    if (!composed && c >= 0x80 && (c < 0x0600 || c > 0x06ff)) return undefined;
    let e = table[c]!;
    if (e === UNKNOWN) {
      e = classify(c);
      table[c] = e;
    }
    let width = 1;
    let piece = '';
    // Resolve the special values to: kept (e === c), BREAK, DROP, or replaced by `piece`.
    if (e < 0) {
      if (e === HAMZA_SEAT) {
        if (loose) piece = c === 0x0624 ? '\u0648' : '\u064a'; // مسؤول = مسوول
        else e = c;
      } else if (e === COMPOSES) {
        if (!composed) return undefined;
        e = DROP; // a hamza above with nothing to sit on
      } else if (e === MULTI) {
        piece = MULTI_OUT.get(c) ?? '';
      } else if (e === SURROGATE) {
        const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
        if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
          width = 2;
          const ch = text.slice(i, i + 2);
          const folded = classifyChar(ch);
          if (folded === null) e = BREAK; // emoji
          else if (folded === '') e = DROP; // variation selectors supplement
          else if (folded === ch) e = c; // CJK Extension B and other astral letters
          else piece = folded;
        } else {
          e = BREAK; // a lone surrogate
        }
      }
    } else if (e !== c) {
      piece = String.fromCharCode(e);
    }

    if (e === c) {
      if (gap) {
        // A single space already inside the run is the separator; otherwise add one.
        if (soft < 0 && out.length > 0) out += ' ';
        gap = false;
        soft = -1;
      }
    } else if (e === BREAK) {
      if (!gap) {
        gap = true;
        // "open weight": keep the one space in the run, so plain keys are not rebuilt.
        if (c === 0x20 && (out.length > 0 || i > start)) {
          soft = i;
          i += 1;
          continue;
        }
        out += text.slice(start, i);
      } else if (soft >= 0) {
        out += text.slice(start, soft);
        soft = -1;
      }
      start = i + width;
    } else if (e === DROP) {
      if (gap && soft >= 0) {
        out += text.slice(start, soft);
        soft = -1;
      } else {
        out += text.slice(start, i);
      }
      start = i + width;
    } else {
      if (gap) {
        if (soft >= 0) {
          out += text.slice(start, soft + 1);
        } else {
          out += text.slice(start, i);
          if (out.length > 0) out += ' ';
        }
        gap = false;
        soft = -1;
      } else {
        out += text.slice(start, i);
      }
      out += piece;
      start = i + width;
    }
    i += width;
  }
  if (gap) return soft >= 0 ? out + text.slice(start, soft) : out;
  return start === 0 ? text : out + text.slice(start);
}

/**
 * Builds the match key used for every index entry and every query, in either script.
 *
 * @param text - Any string: Arabic, Latin, mixed, emoji, lone surrogates.
 * @param options - `loose: true` also folds ؤ → و and ئ → ي.
 * @returns Everything {@link normalizeArabic} does, lowercased, Latin accents removed,
 *   every run of non-letters and non-digits turned into one ASCII space, trimmed;
 *   `''` for blank input.
 * @throws {TypeError} When the argument is not a string.
 * @example
 * toSearchKey('Open-Weight_Model «الذكاء الاصطناعى»') //=> 'open weight model الذكاء الاصطناعي'
 */
export function toSearchKey(text: string, options?: NormalizeArabicOptions): string {
  assertString('toSearchKey', 'text', text);
  const loose = options?.loose === true;
  const fast = scan(text, loose, false);
  if (fast !== undefined) return fast;
  let result = scan(text.normalize('NFKC'), loose, true) ?? '';
  // Dropping a mark or control can leave pieces NFKC now joins (ᄀ + ZWSP + ᅡ becomes
  // 가); settle so that the key of a key is the key itself.
  for (let round = 0; round < 3; round++) {
    const again = result.normalize('NFKC');
    if (again === result) break;
    result = scan(again, loose, true) ?? '';
  }
  return result;
}
