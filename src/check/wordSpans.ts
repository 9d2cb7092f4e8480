import { toSearchKey } from '../text/toSearchKey.js';

/**
 * One word of a text: its match key and where it stands in the original string.
 *
 * @example
 * wordSpans('حَرْب')[0] //=> { key: 'حرب', start: 0, end: 5 }
 */
export interface WordSpan {
  /** The word through `toSearchKey(…, { loose: true })`: one word, no space. */
  readonly key: string;
  /** UTF-16 offset of its first code unit in the original text. */
  readonly start: number;
  /** UTF-16 offset just after its last code unit. */
  readonly end: number;
}

/** Whether each BMP code unit ends a word: 0 not classified yet, 1 ends a word, 2 belongs to one. */
const BREAKS = /*@__PURE__*/ new Uint8Array(0x10000);
const ENDS = 1;
const JOINS = 2;

/**
 * Whether a character (one code unit or a surrogate pair) separates words for
 * `toSearchKey`: between two letters it gives a space. Harakat, tatweel, accents and
 * zero-width controls join (they are dropped inside a word), so كـبير is one word.
 */
function endsWord(ch: string): boolean {
  return toSearchKey(`x${ch}x`, { loose: true }) === 'x x';
}

/**
 * Splits a text into the words `toSearchKey` sees, keeping the offsets of each in the
 * original string, so a finding can point at the text exactly as the user wrote it.
 * A span whose key NFKC turns into several words (the ligature ﷺ) gives each of them
 * the whole span.
 *
 * @example
 * wordSpans('Open-Weight، كـبير').map((w) => [w.key, w.start, w.end])
 * //=> [['open', 0, 4], ['weight', 5, 11], ['كبير', 13, 18]]
 */
export function wordSpans(text: string): WordSpan[] {
  const spans: WordSpan[] = [];
  const n = text.length;
  let start = -1;
  const close = (end: number) => {
    if (start < 0) return;
    const key = toSearchKey(text.slice(start, end), { loose: true });
    if (key !== '')
      for (const word of key.split(' ')) spans.push({ key: word, start, end });
    start = -1;
  };
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    let breaks: boolean;
    if (c < 0x80) {
      // ASCII: letters and digits are words, everything else separates.
      breaks = !((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a));
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      // A surrogate pair is classified whole (astral letters join, emoji separate).
      if (endsWord(text.slice(i, i + 2))) close(i);
      else if (start < 0) start = i;
      i++;
      continue;
    } else {
      let known = BREAKS[c]!;
      if (known === 0) BREAKS[c] = known = endsWord(String.fromCharCode(c)) ? ENDS : JOINS;
      breaks = known === ENDS;
    }
    if (breaks) close(i);
    else if (start < 0) start = i;
  }
  close(n);
  return spans;
}
