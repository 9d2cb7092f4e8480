/**
 * Skeleton letter for each Arabic code unit (U+0600–U+06FF); '' drops it. Long vowels,
 * weak letters and hamza carry no consonant a Latin spelling would show.
 */
const ARABIC: Readonly<Record<string, string>> = {
  ب: 'b', پ: 'b',
  ت: 't', ط: 't',
  ث: 's', س: 's', ص: 's', ش: 's', چ: 's',
  ج: 'g', غ: 'g', گ: 'g', // ج as g: زوكربيرج and زوكربيرغ both spell zuckerberg
  ق: 'k', ك: 'k', ک: 'k', خ: 'k',
  د: 'd', ض: 'd',
  ذ: 'z', ز: 'z', ظ: 'z', ژ: 'z',
  ر: 'r',
  ف: 'f', ڤ: 'f',
  ل: 'l',
  م: 'm',
  ن: 'n',
};

/** Skeleton letter for each Latin letter after the digraphs; '' drops it. */
const LATIN: Readonly<Record<string, string>> = {
  a: '', e: '', i: '', o: '', u: '', y: '', w: '', h: '',
  b: 'b', p: 'b', // Arabic has no p: بيتر for Peter
  c: 'k', k: 'k', q: 'k',
  d: 'd',
  f: 'f', v: 'f', // no v either: فيديو
  g: 'g', j: 'g', // جين for jin
  l: 'l', m: 'm', n: 'n', r: 'r', s: 's', t: 't',
  x: 'ks', // two sounds: phoneticKey writes them itself
  z: 'z',
};

/** Latin digraphs read as one sound, checked before single letters. */
const DIGRAPHS: Readonly<Record<string, string>> = {
  sh: 's', ch: 's', th: 's', // ش, تش (يوتشن for yuchen), ث
  kh: 'k', gh: 'g', ph: 'f', ck: 'k', qu: 'k',
};

/**
 * The sounds above by code unit, as numbers (0 drops a letter): a search reads the skeleton of
 * every word of a query, and looking each letter up by number costs no string. Made on the
 * first call.
 */
let sounds: { arabic: Uint8Array; latin: Uint8Array; digraphs: Uint8Array } | undefined;
/** Each letter's sound at the place `at` gives it (a digraph's: its two letters as a number in base 26). */
const soundTable = (letters: Readonly<Record<string, string>>, at: (letter: string) => number, size: number): Uint8Array => {
  const table = new Uint8Array(size);
  for (const [letter, sound] of Object.entries(letters)) if (sound.length === 1) table[at(letter)] = sound.charCodeAt(0);
  return table;
};
const makeSounds = () => ({
  arabic: soundTable(ARABIC, (letter) => letter.charCodeAt(0) - 0x0600, 0x100),
  latin: soundTable(LATIN, (letter) => letter.charCodeAt(0) - 0x61, 26),
  digraphs: soundTable(DIGRAPHS, (pair) => (pair.charCodeAt(0) - 0x61) * 26 + pair.charCodeAt(1) - 0x61, 26 * 26),
});

/**
 * Reduces a name to a consonant skeleton shared by its Arabic and Latin spellings, for
 * the last-resort name lookup (altman and التمان both give ltmn).
 *
 * @param word - One word already through `toSearchKey` (lowercase; أ folded to ا).
 * @returns Lowercase Latin consonants with vowels and weak letters (ا و ي ء ع ه ح,
 *   a e i o u y w h) dropped and repeats collapsed; digits kept; other characters
 *   dropped. `''` when nothing is left (ai, ايه): no key, never a match for everything.
 * @example
 * phoneticKey('زوكربيرغ') //=> 'zkrbrg'
 */
export function phoneticKey(word: string): string {
  const { arabic, latin, digraphs } = (sounds ??= makeSounds());
  let out = '';
  let last = 0;
  const n = word.length;
  for (let i = 0; i < n; i++) {
    const c = word.charCodeAt(i);
    let sound = 0;
    if (c >= 0x61 && c <= 0x7a) {
      const next = word.charCodeAt(i + 1);
      const pair = next >= 0x61 && next <= 0x7a ? digraphs[(c - 0x61) * 26 + next - 0x61]! : 0;
      if (pair !== 0) {
        sound = pair;
        i++;
      } else if (c === 0x63 /* c */) {
        // c before e, i, y is soft: cyber, cinema.
        sound = next === 0x65 || next === 0x69 || next === 0x79 ? 0x73 : 0x6b;
      } else if (c === 0x78 /* x */) {
        // x is two sounds, ks, written whole, after which a repeat is judged on the s.
        out += 'k';
        sound = 0x73;
        last = 0;
      } else {
        sound = latin[c - 0x61]!;
      }
    } else if (c >= 0x30 && c <= 0x39) {
      sound = c; // llama 3, gpt 4
    } else if (c === 0x062a /* ت */ && word.charCodeAt(i + 1) === 0x0634 /* ش */) {
      sound = 0x73; // تش is how Arabic writes ch
      i++;
    } else if (c >= 0x0600 && c <= 0x06ff) {
      sound = arabic[c - 0x0600]!;
    }
    // Doubled letters collapse (llama = لاما), also across dropped vowels, since Arabic
    // writes no short vowels and drops the shadda.
    if (sound === 0 || sound === last) continue;
    out += String.fromCharCode(sound);
    last = sound;
  }
  return out;
}
