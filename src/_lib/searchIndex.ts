import type { Lang, Localized } from '../schema/common.js';
import { phoneticKey } from '../text/phoneticKey.js';
import { stemWord } from '../text/stemWord.js';
import { toSearchKey } from '../text/toSearchKey.js';
import type { Frozen } from './deepFreeze.js';
import { type AnyRecord, labelOf } from './kbIndex.js';
import { lazy } from './lazy.js';
import { type KeyTable, createKeyTable } from './keyTable.js';
import { type PostingLists, createPostingLists } from './postingLists.js';

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
 * `lang` filter needs no second index: `doc << 1 | (lang === 'en' ? 1 : 0)`. Phrase
 * postings add the phrase kind below that: `(doc << 1 | en) << 2 | kind`.
 */
export interface SearchIndex {
  readonly items: readonly IndexedItem[];
  /** Every name's keys: as written, normalized, loosely normalized, stemmed… */
  readonly phraseKeys: KeyTable;
  /** …and the records each one names. */
  readonly phrases: PostingLists;
  /** Every stemmed word of names and texts… */
  readonly words: KeyTable;
  /** …the records with it in a name… */
  readonly inNames: PostingLists;
  /** …and those with it in a text. */
  readonly inTexts: PostingLists;
  /** The words, sorted, for prefix and typo look-ups; sorted on first use. */
  readonly sortedWords: () => readonly string[];
  /** Cross-script consonant skeletons of entity name words: the last-resort fallback… */
  readonly skeletons: KeyTable;
  /** …and the entities whose names have them. */
  readonly bySkeleton: PostingLists;
}

const LANG_BIT: Readonly<Record<Lang, number>> = { ar: 0, en: 1 };

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
  const phraseKeys = createKeyTable();
  const phrases = createPostingLists();
  const words = createKeyTable();
  const inNames = createPostingLists();
  const inTexts = createPostingLists();
  const skeletons = createKeyTable();
  const bySkeleton = createPostingLists();
  // Raw words, each stemmed once: a vocabulary is far smaller than the text it makes.
  const raw = createKeyTable();
  const stemOf: number[] = [];
  const eachStem = (key: string, visit: (stem: number, word: number) => void) =>
    raw.eachWord(key, (id) => {
      if (id === stemOf.length) stemOf.push(words.intern(stemWord(raw.keys[id]!)));
      visit(stemOf[id]!, id);
    });
  const phrase = (key: string, posting: number) => {
    if (key !== '') phrases.add(phraseKeys.intern(key), posting);
  };

  records.forEach((item, doc) => {
    items.push({ item, label: labelOf(item) });
    const fields = namesAndTexts(item);
    for (const lang of ['ar', 'en'] as const) {
      const posting = (doc << 1) | LANG_BIT[lang];
      for (const name of fields[lang].names) {
        const exact = name.trim();
        const normalized = toSearchKey(name);
        const loose = toSearchKey(name, { loose: true });
        let stemmed = '';
        let stemChanged = false;
        eachStem(loose, (stem, word) => {
          stemmed = stemmed === '' ? words.keys[stem]! : `${stemmed} ${words.keys[stem]!}`;
          stemChanged ||= words.keys[stem] !== raw.keys[word];
          inNames.add(stem, posting);
        });
        if (!stemChanged) stemmed = loose;
        // Most names give the same string for several keys: one posting, the best kind.
        phrase(exact, (posting << 2) | PHRASE.exact);
        if (normalized !== exact) phrase(normalized, (posting << 2) | PHRASE.normalized);
        if (loose !== normalized && loose !== exact) phrase(loose, (posting << 2) | PHRASE.normalized);
        if (stemmed !== loose && stemmed !== normalized && stemmed !== exact) phrase(stemmed, (posting << 2) | PHRASE.stemmed);
        if (item.kind === 'entity')
          for (const word of splitWords(loose)) {
            const skeleton = phoneticKey(word);
            if (skeleton !== '') bySkeleton.add(skeletons.intern(skeleton), posting);
          }
      }
      for (const text of fields[lang].texts) eachStem(toSearchKey(text, { loose: true }), (stem) => inTexts.add(stem, posting));
    }
  });
  return {
    items,
    phraseKeys,
    phrases: phrases.build(),
    words,
    inNames: inNames.build(),
    inTexts: inTexts.build(),
    sortedWords: lazy(() => [...words.keys].sort()),
    skeletons,
    bySkeleton: bySkeleton.build(),
  };
}
