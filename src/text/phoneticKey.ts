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
  x: 'ks',
  z: 'z',
};

/** Latin digraphs read as one sound, checked before single letters. */
const DIGRAPHS: Readonly<Record<string, string>> = {
  sh: 's', ch: 's', th: 's', // ش, تش (يوتشن for yuchen), ث
  kh: 'k', gh: 'g', ph: 'f', ck: 'k', qu: 'k',
};

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
  let out = '';
  let last = '';
  const n = word.length;
  for (let i = 0; i < n; i++) {
    const ch = word.charAt(i);
    const c = word.charCodeAt(i);
    let sound: string | undefined;
    if (c >= 0x61 && c <= 0x7a) {
      const pair = DIGRAPHS[word.slice(i, i + 2)];
      if (pair !== undefined) {
        sound = pair;
        i++;
      } else if (c === 0x63 /* c */) {
        // c before e, i, y is soft: cyber, cinema.
        const next = word.charCodeAt(i + 1);
        sound = next === 0x65 || next === 0x69 || next === 0x79 ? 's' : 'k';
      } else {
        sound = LATIN[ch];
      }
    } else if (c >= 0x30 && c <= 0x39) {
      sound = ch; // llama 3, gpt 4
    } else if (c === 0x062a /* ت */ && word.charCodeAt(i + 1) === 0x0634 /* ش */) {
      sound = 's'; // تش is how Arabic writes ch
      i++;
    } else {
      sound = ARABIC[ch];
    }
    if (sound === undefined || sound === '') continue;
    // Doubled letters collapse (llama = لاما), also across dropped vowels, since Arabic
    // writes no short vowels and drops the shadda.
    if (sound === last) continue;
    out += sound;
    last = sound.charAt(sound.length - 1);
  }
  return out;
}
