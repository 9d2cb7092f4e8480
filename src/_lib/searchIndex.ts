import type { Lang, Localized } from '../schema/common.js';
import { phoneticKey } from '../text/phoneticKey.js';
import { stemWord } from '../text/stemWord.js';
import { toSearchKey } from '../text/toSearchKey.js';
import type { Frozen } from './deepFreeze.js';
import { type AnyRecord, labelOf } from './kbIndex.js';
import { lazy } from './lazy.js';
import { createWordTable } from './wordTable.js';

/** One indexed record with its label; its position in `items` is its document number. */
export interface IndexedItem {
  readonly item: AnyRecord;
  readonly label: Frozen<Localized>;
}

/**
 * How well a whole-name key matched, stored in the low two bits of a phrase posting:
 * the name as written, after normalization, after stemming.
 */
export const PHRASE = { exact: 0, normalized: 1, stemmed: 2 } as const;

/**
 * Postings pack a document number with the language of the string that matched, so a
 * `lang` filter needs no second map: `doc << 1 | (lang === 'en' ? 1 : 0)`. Phrase
 * postings add the phrase kind below that: `(doc << 1 | en) << 2 | kind`.
 * A key with one posting stores the number alone, which keeps 100,000 records small.
 */
export type Postings = number | number[];

/** The documents a word of the index occurs in: in names, and in texts. */
export interface WordPostings {
  readonly names: number[];
  readonly texts: number[];
}

/** The indexes a search reads, built once per knowledge base. */
export interface SearchIndex {
  readonly items: readonly IndexedItem[];
  /** Every name's keys: as written, normalized, loosely normalized, stemmed. */
  readonly phrases: ReadonlyMap<string, Postings>;
  /** Every stemmed word of names and texts. */
  readonly words: ReadonlyMap<string, WordPostings>;
  /** The words, sorted, for prefix and typo look-ups; sorted on first use. */
  readonly sortedWords: () => readonly string[];
  /** Cross-script consonant skeletons of entity name words: the last-resort fallback. */
  readonly phonetic: ReadonlyMap<string, Postings>;
}

const LANG_BIT: Readonly<Record<Lang, number>> = { ar: 0, en: 1 };

/** Adds a posting to a map of keys, skipping a repeat of the last one. */
export function addPosting(map: Map<string, Postings>, key: string, posting: number): void {
  if (key === '') return;
  const list = map.get(key);
  if (list === undefined) map.set(key, posting);
  else if (typeof list === 'number') {
    if (list !== posting) map.set(key, [list, posting]);
  } else if (list.at(-1) !== posting) list.push(posting);
}

/** Calls `visit` with each posting of a key. */
export function eachPosting(postings: Postings | undefined, visit: (posting: number) => void): void {
  if (postings === undefined) return;
  if (typeof postings === 'number') visit(postings);
  else for (const posting of postings) visit(posting);
}

/** The words of a search key. */
export const splitWords = (key: string): string[] => (key === '' ? [] : key.split(' '));

/** A loose key, word by word stemmed: the key a name is found by through light stemming. */
export const stemKey = (looseKey: string): string => splitWords(looseKey).map(stemWord).join(' ');

/** The names (what a reader types to find a record) and texts (what describes it) in each language. */
function namesAndTexts({ kind, id, record }: AnyRecord): Record<Lang, { names: string[]; texts: string[] }> {
  const optional = (text: Frozen<Localized> | undefined, lang: Lang) => (text ? [text[lang]] : []);
  switch (kind) {
    case 'entity':
      return {
        ar: { names: [record.name.ar, ...record.aliases.ar], texts: [record.description.ar] },
        en: {
          names: [record.name.en, ...record.aliases.en, ...record.handles, ...record.handles.map((h) => `@${h}`), id],
          texts: [record.description.en],
        },
      };
    case 'term': {
      const forms = (lang: Lang) => {
        const f = record.forms[lang];
        return [f.preferred, ...f.admitted, ...f.deprecated, ...f.article];
      };
      return {
        ar: { names: forms('ar'), texts: [record.definition.ar, ...optional(record.note, 'ar')] },
        en: { names: [...forms('en'), id], texts: [record.definition.en, ...optional(record.note, 'en')] },
      };
    }
    case 'event':
      return {
        ar: { names: [record.title.ar], texts: [record.summary.ar] },
        en: { names: [record.title.en, id], texts: [record.summary.en] },
      };
    case 'quote':
      return {
        ar: { names: [], texts: [record.text.ar, record.context.ar, record.articleText, ...optional(record.fullText, 'ar')] },
        en: { names: [id], texts: [record.text.en, record.context.en, ...optional(record.fullText, 'en')] },
      };
  }
}

/** Builds every search index in one pass over the records. */
export function buildSearchIndex(records: readonly AnyRecord[]): SearchIndex {
  const items: IndexedItem[] = [];
  const phrases = new Map<string, Postings>();
  const words = new Map<string, WordPostings>();
  const phonetic = new Map<string, Postings>();
  // A vocabulary is far smaller than the text it makes: each distinct word is stemmed once.
  const table = createWordTable();
  const stems: string[] = [];
  const postingsOf: WordPostings[] = [];
  /** A word seen for the first time gets its stem and the postings of that stem. */
  const learn = (id: number) => {
    if (id < stems.length) return;
    const stem = stemWord(table.words[id]!);
    let postings = words.get(stem);
    if (postings === undefined) words.set(stem, (postings = { names: [], texts: [] }));
    stems.push(stem);
    postingsOf.push(postings);
  };
  const wordIds = (key: string) => {
    const ids: number[] = [];
    table.eachWord(key, (id) => {
      learn(id);
      ids.push(id);
    });
    return ids;
  };
  records.forEach((item, doc) => {
    items.push({ item, label: labelOf(item) });
    const fields = namesAndTexts(item);
    for (const lang of ['ar', 'en'] as const) {
      const posting = (doc << 1) | LANG_BIT[lang];
      for (const name of fields[lang].names) {
        const loose = toSearchKey(name, { loose: true });
        const exact = name.trim();
        const normalized = toSearchKey(name);
        const ids = wordIds(loose);
        const stemmed = ids.map((id) => stems[id]).join(' ');
        // Most names give the same string for several keys: one posting, the best kind.
        addPosting(phrases, exact, (posting << 2) | PHRASE.exact);
        if (normalized !== exact) addPosting(phrases, normalized, (posting << 2) | PHRASE.normalized);
        if (loose !== normalized && loose !== exact) addPosting(phrases, loose, (posting << 2) | PHRASE.normalized);
        if (stemmed !== loose && stemmed !== normalized && stemmed !== exact) addPosting(phrases, stemmed, (posting << 2) | PHRASE.stemmed);
        for (const id of ids) push(postingsOf[id]!.names, posting);
        if (item.kind === 'entity') for (const id of ids) addPosting(phonetic, phoneticKey(table.words[id]!), posting);
      }
      for (const text of fields[lang].texts) table.eachWord(toSearchKey(text, { loose: true }), (id) => {
        learn(id);
        push(postingsOf[id]!.texts, posting);
      });
    }
  });
  return { items, phrases, words, sortedWords: lazy(() => [...words.keys()].sort()), phonetic };
}

/** Appends a posting unless it is the last one already (a word twice in one record). */
function push(list: number[], posting: number): void {
  if (list[list.length - 1] !== posting) list.push(posting);
}
