/**
 * Reader queries derived from the corpus by rule, with a fixed seed: a phrase of 1–3
 * adjacent words of a record's name that no other record's name or alias contains
 * (checked with a fold of its own, not the package's), then changed the way the category
 * says. The truth is the record the phrase came from, by construction.
 */
import type { RealRecord } from './corpus.js';
import { random } from '../random.js';

export const CATEGORIES = [
  'ar-exact',
  'ar-diacritics',
  'ar-prefix',
  'ar-orthography',
  'ar-typing',
  'ar-typo1',
  'ar-typo2',
  'ar-transpose',
  'en-exact',
  'en-typing',
  'en-typo1',
  'en-transpose',
] as const;
export type Category = (typeof CATEGORIES)[number];

export interface RealQuery {
  readonly category: Category;
  readonly query: string;
  readonly truth: string;
}


const MARKS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g;
/** The benchmark's own fold, independent of the package's: marks, hamza seats, ى, ة, case. */
export function fold(s: string): string {
  return s
    .normalize('NFC')
    .replace(MARKS, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/ؤ/g, 'و')
    .replace(/ئ/g, 'ي')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
/** Uthmani spellings a reader does not type: dagger alef, small waw/yeh, silent-letter marks. */
const UTHMANI_ONLY = /[\u0670\u06e5\u06e6\u06df\u06e0\u06e8\u06ea-\u06ec\u0653]/;
const STOPWORDS = new Set('a an the of and or in on at to for with by from is are was be as it its that this who which not no o'.split(' '));
const AR_LETTERS = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';
const EN_LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const HARAKAT = ['\u064e', '\u064f', '\u0650', '\u0652', '\u0651'];

/** Words of a name as written (split on spaces and punctuation), marks kept. */
const wordsOf = (s: string) => s.normalize('NFC').split(/[\s\p{P}\p{S}]+/u).filter((w) => w !== '');
// A reader types ا for the Uthmani alef wasla ٱ.
const stripMarks = (s: string) => s.replace(MARKS, '').replace(/ٱ/g, 'ا');

/** Folded n-grams (n = 1..3) of every name and alias, with the records that have them. */
export function phraseCounts(records: readonly RealRecord[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of records) {
    const mine = new Set<string>();
    for (const lang of ['ar', 'en'] as const)
      for (const s of [r.name[lang], ...r.aliases[lang]]) {
        const w = fold(s).split(' ');
        for (let n = 1; n <= 3; n++) for (let i = 0; i + n <= w.length; i++) mine.add(w.slice(i, i + n).join(' '));
      }
    for (const p of mine) counts.set(p, (counts.get(p) ?? 0) + 1);
  }
  return counts;
}

/** Every folded word of the corpus: a "typo" that makes one of them is not a typo. */
export function vocabulary(counts: ReadonlyMap<string, number>): Set<string> {
  const out = new Set<string>();
  for (const p of counts.keys()) if (!p.includes(' ')) out.add(p);
  return out;
}

/**
 * Up to `perCategory` queries in each category, from records of `subset` in a seeded order.
 */
export function deriveQueries(subset: readonly RealRecord[], counts: ReadonlyMap<string, number>, words: ReadonlySet<string>, perCategory = 40, seed = 20250712): RealQuery[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const order = subset.map((_, i) => i);
  const out: RealQuery[] = [];
  const edit = (word: string, letters: string, edits: number): string | undefined => {
    let w = [...word];
    for (let e = 0; e < edits; e++) {
      const at = 1 + Math.floor(next() * (w.length - 1));
      const how = Math.floor(next() * 3);
      if (how === 0) w.splice(at, 1);
      else if (how === 1) w.splice(at, 0, pick([...letters]));
      else w[at] = pick([...letters].filter((c) => c !== w[at]));
    }
    const result = w.join('');
    return words.has(fold(result)) || fold(result) === fold(word) ? undefined : result;
  };
  const transpose = (word: string): string | undefined => {
    const w = [...word];
    const spots = w.map((_, i) => i).filter((i) => i >= 1 && i + 1 < w.length && w[i] !== w[i + 1]);
    if (spots.length === 0) return undefined;
    const i = pick(spots);
    [w[i], w[i + 1]] = [w[i + 1]!, w[i]!];
    const result = w.join('');
    return words.has(fold(result)) ? undefined : result;
  };
  /** A phrase of 1–3 adjacent words of the name that no other record has, marks kept. */
  const phraseOf = (r: RealRecord, lang: 'ar' | 'en'): string[] | undefined => {
    const w = wordsOf(r.name[lang]);
    for (let tries = 0; tries < 6; tries++) {
      const n = 1 + Math.floor(next() * Math.min(3, w.length));
      const i = Math.floor(next() * (w.length - n + 1));
      const phrase = w.slice(i, i + n);
      if (lang === 'ar' && phrase.some((x) => UTHMANI_ONLY.test(x))) continue;
      if (lang === 'en' && phrase.every((x) => STOPWORDS.has(x.toLowerCase()))) continue;
      if (counts.get(fold(phrase.join(' '))) === 1) return phrase;
    }
    return undefined;
  };
  const longest = (phrase: string[], min: number) => {
    let best = -1;
    phrase.forEach((w, i) => {
      if ([...stripMarks(w)].length >= min && (best < 0 || w.length > phrase[best]!.length)) best = i;
    });
    return best;
  };
  const rules: Record<Category, (r: RealRecord) => string | undefined> = {
    'ar-exact': (r) => phraseOf(r, 'ar')?.map(stripMarks).join(' '),
    'ar-diacritics': (r) => {
      const p = phraseOf(r, 'ar');
      if (!p) return undefined;
      if (r.family === 'quran') return p.join(' ');
      return p.map((w) => [...stripMarks(w)].map((c) => (next() < 0.5 ? c + pick(HARAKAT) : c)).join('')).join(' ');
    },
    'ar-prefix': (r) => {
      const p = phraseOf(r, 'ar')?.map(stripMarks);
      if (!p) return undefined;
      const first = p[0]!;
      if (first.startsWith('وال')) p[0] = first.slice(1);
      else if (first.startsWith('ال') && first.length >= 5) p[0] = pick([first.slice(2), `و${first}`, `ب${first}`]);
      else if (!first.startsWith('ال') && first.length >= 3) p[0] = pick(['و', 'ب', 'بال']) + first;
      else return undefined;
      return p.join(' ');
    },
    'ar-orthography': (r) => {
      const p = phraseOf(r, 'ar')?.map(stripMarks);
      if (!p) return undefined;
      const changed = p.map((w) => w.replace(/[أإآ]/g, 'ا').replace(/ة$/, 'ه').replace(/ى$/, '\u0001').replace(/ي$/, 'ى').replace('\u0001', 'ي'));
      return changed.join(' ') === p.join(' ') ? undefined : changed.join(' ');
    },
    'ar-typing': (r) => {
      const p = phraseOf(r, 'ar')?.map(stripMarks);
      const last = p?.[p.length - 1];
      if (!p || !last || last.length < 5) return undefined;
      p[p.length - 1] = last.slice(0, Math.max(3, Math.ceil(last.length * 0.6)));
      return p.join(' ');
    },
    'ar-typo1': (r) => typo(r, 'ar', 1, 4),
    'ar-typo2': (r) => typo(r, 'ar', 2, 7),
    'ar-transpose': (r) => {
      const p = phraseOf(r, 'ar')?.map(stripMarks);
      const at = p ? longest(p, 4) : -1;
      if (!p || at < 0) return undefined;
      const t = transpose(p[at]!);
      return t && (p.splice(at, 1, t), p.join(' '));
    },
    'en-exact': (r) => phraseOf(r, 'en')?.join(' '),
    'en-typing': (r) => {
      const p = phraseOf(r, 'en');
      const last = p?.[p.length - 1];
      if (!p || !last || last.length < 5) return undefined;
      p[p.length - 1] = last.slice(0, Math.max(3, Math.ceil(last.length * 0.6)));
      return p.join(' ');
    },
    'en-typo1': (r) => typo(r, 'en', 1, 4),
    'en-transpose': (r) => {
      const p = phraseOf(r, 'en');
      const at = p ? longest(p, 4) : -1;
      if (!p || at < 0) return undefined;
      const t = transpose(p[at]!.toLowerCase());
      return t && (p.splice(at, 1, t), p.join(' '));
    },
  };
  function typo(r: RealRecord, lang: 'ar' | 'en', edits: number, min: number): string | undefined {
    const p = lang === 'ar' ? phraseOf(r, 'ar')?.map(stripMarks) : phraseOf(r, 'en')?.map((w) => w.toLowerCase());
    const at = p ? longest(p, min) : -1;
    if (!p || at < 0) return undefined;
    const t = edit(p[at]!, lang === 'ar' ? AR_LETTERS : EN_LETTERS, edits);
    return t && (p.splice(at, 1, t), p.join(' '));
  }
  for (const category of CATEGORIES) {
    // A seeded shuffle per category, so categories draw different records.
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let made = 0;
    for (const i of order) {
      if (made === perCategory) break;
      const r = subset[i]!;
      const query = rules[category](r);
      if (query === undefined || query.trim() === '') continue;
      out.push({ category, query, truth: r.id });
      made++;
    }
  }
  return out;
}
