import { LANGS, type Lang } from '../enums.js';
import { phoneticKey } from '../text/phoneticKey.js';
import { stemWord } from '../text/stemWord.js';
import { toSearchKey } from '../text/toSearchKey.js';
import type { AnyRecord } from '../_lib/records.js';
import { lazy } from '../_lib/lazy.js';
import { type KeyLookup, createKeyTable } from './keyTable.js';
import { type PostingLists, createPostingLists } from './postingLists.js';
import { type DeferredTypoIndex, type TypoIndex, type TypoLookup, deferTypoIndex } from './typoIndex.js';

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
  /** The records; a record's position here is its document number in every posting. */
  readonly records: readonly AnyRecord[];
  /** Every name's keys: as written, normalized, loosely normalized, stemmed… */
  readonly phraseKeys: KeyLookup;
  /** …and the records each one names. */
  readonly phrases: PostingLists;
  /** Every stemmed word of names and texts… */
  readonly words: KeyLookup;
  /** …the records with it in a name… */
  readonly inNames: PostingLists;
  /** …and those with it in a text. */
  readonly inTexts: PostingLists;
  /** The words, sorted, for prefix and typo look-ups; sorted on first use. */
  readonly sortedWords: () => readonly string[];
  /** The words of names as written that are not index words, with their stems; found on first use. */
  readonly writtenWords: () => WrittenWords;
  /** The words filed by their deletions, for typo look-ups; built on first use… */
  readonly typoIndex: () => TypoIndex;
  /** …and what a typo look-up reads: that index, or before it is worth building, a walk of its words. */
  readonly typos: () => TypoLookup;
  /** Each record's loosely normalized names, as numbers of `phraseKeys`: for the tie-breaks of ranking. */
  readonly namesOf: PostingLists;
  /** Cross-script consonant skeletons of entity name words: the last-resort fallback… */
  readonly skeletons: KeyLookup;
  /** …and the entities whose names have them. */
  readonly bySkeleton: PostingLists;
}

const LANG_BIT: Readonly<Record<Lang, number>> = { ar: 0, en: 1 };

/**
 * Calls `visit` with each distinct whole-name key of a string, best kind first: as written,
 * normalized, loosely normalized, stemmed. Most strings give the same key several times;
 * the index and the query must skip the same ones.
 */
export function eachNameKey(
  keys: { exact: string; normalized: string; loose: string; stemmed: string },
  visit: (key: string, kind: number) => void,
): void {
  const { exact, normalized, loose, stemmed } = keys;
  visit(exact, PHRASE.exact);
  if (normalized !== exact) visit(normalized, PHRASE.normalized);
  if (loose !== normalized && loose !== exact) visit(loose, PHRASE.normalized);
  if (stemmed !== loose && stemmed !== normalized && stemmed !== exact) visit(stemmed, PHRASE.stemmed);
}

/** The words of a search key. */
export const splitWords = (key: string): string[] => (key === '' ? [] : key.split(' '));

/** Words of names as written that are not index words, each with its stem. */
export interface WrittenWords {
  readonly terms: readonly string[];
  readonly stems: readonly string[];
}

/** The words of a search index's names as written that are not its words, in the order first met. */
export function writtenWordsOf({ words, phraseKeys, namesOf }: Pick<SearchIndex, 'words' | 'phraseKeys' | 'namesOf'>): WrittenWords {
  const terms: string[] = [];
  const stems: string[] = [];
  // Words are looked up where they stand in their name, and only a new one is cut out and
  // stemmed; each name is read once however many records bear it.
  const written = createKeyTable();
  const read = new Uint8Array(phraseKeys.keys.length);
  const { postings } = namesOf;
  // Every record's names, which an unpacked index decodes a record at a time.
  for (let doc = 0; doc < namesOf.offsets.length - 1; doc++) namesOf.start(doc);
  for (let i = 0; i < postings.length; i++) {
    const key = postings[i]!;
    if (read[key] === 1) continue;
    read[key] = 1;
    const name = phraseKeys.keys[key]!;
    for (let start = 0, end = 0; end <= name.length; end++) {
      if (end < name.length && name.charCodeAt(end) !== 32) continue;
      if (end > start && words.find(name, start, end) < 0) {
        const known = written.keys.length;
        const id = written.intern(name, start, end);
        if (id === known) {
          terms.push(written.keys[id]!);
          stems.push(stemWord(written.keys[id]!));
        }
      }
      start = end + 1;
    }
  }
  return { terms, stems };
}

/**
 * The typo index of a search index, built on first use (a small one once its look-ups have
 * made a few passes, `deferTypoIndex`): its words, and the words of its names as written, each
 * standing for its stem (`writtenWordsOf`, or as packed with the index). Only words of names
 * are filed: a word reached by a typo is looked up in names alone (a typo in running text is
 * noise), so a word found only in texts would take the place of one that finds something.
 */
export function typoIndexOf(index: () => Pick<SearchIndex, 'words' | 'inNames' | 'writtenWords'>): DeferredTypoIndex {
  return deferTypoIndex(() => {
    const { words, inNames, writtenWords } = index();
    const written = writtenWords();
    const own = words.keys.length;
    return { terms: words.keys.concat(written.terms), stems: words.keys.concat(written.stems), files: (id) => id >= own || inNames.count(id) > 0 };
  });
}

/**
 * Calls `name` with each string a reader may type to find a record (names, aliases, forms,
 * handles) and `text` with each string that describes it, in each language.
 */
function eachString({ kind, record }: AnyRecord, name: (lang: Lang, text: string) => void, text: (lang: Lang, text: string) => void): void {
  const each = (lang: Lang, visit: (lang: Lang, text: string) => void, list: readonly string[]) => {
    for (const item of list) visit(lang, item);
  };
  switch (kind) {
    case 'entity':
      for (const lang of LANGS) {
        name(lang, record.name[lang]);
        each(lang, name, record.aliases[lang]);
        text(lang, record.description[lang]);
      }
      each('en', name, record.handles);
      for (const handle of record.handles) name('en', `@${handle}`);
      return;
    case 'term':
      for (const lang of LANGS) {
        const forms = record.forms[lang];
        name(lang, forms.preferred);
        each(lang, name, forms.admitted);
        each(lang, name, forms.deprecated);
        each(lang, name, forms.article);
        text(lang, record.definition[lang]);
        if (record.note) text(lang, record.note[lang]);
      }
      return;
    case 'event':
      for (const lang of LANGS) {
        name(lang, record.title[lang]);
        text(lang, record.summary[lang]);
      }
      return;
    case 'quote':
      for (const lang of LANGS) {
        text(lang, record.text[lang]);
        text(lang, record.context[lang]);
        if (record.fullText) text(lang, record.fullText[lang]);
        if (lang === 'ar') text(lang, record.articleText);
      }
  }
}

/** Builds every search index in one pass over the records. */
export function buildSearchIndex(records: readonly AnyRecord[]): SearchIndex {
  // Room for what a record typically brings, so large knowledge bases rarely regrow.
  const n = records.length;
  const phraseKeys = createKeyTable(4 * n);
  const phrases = createPostingLists(8 * n);
  const words = createKeyTable(2 * n);
  const inNames = createPostingLists(12 * n);
  const inTexts = createPostingLists(16 * n);
  const namesOf = createPostingLists(2 * n);
  const skeletons = createKeyTable();
  const bySkeleton = createPostingLists();
  // Raw words, each stemmed once: a vocabulary is far smaller than the text it makes.
  const raw = createKeyTable(2 * n);
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
    // An id is an identifier: found when typed whole, not word by word.
    phrase(item.id, (((doc << 1) | LANG_BIT.en) << 2) | PHRASE.exact);
    eachString(
      item,
      (lang, name) => {
        const posting = (doc << 1) | LANG_BIT[lang];
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
        eachNameKey({ exact, normalized, loose, stemmed }, (key, kind) => phrase(key, (posting << 2) | kind));
        if (loose !== '') namesOf.add(doc, phraseKeys.intern(loose));
        if (item.kind === 'entity')
          for (const word of splitWords(loose)) {
            const skeleton = phoneticKey(word);
            if (skeleton !== '') bySkeleton.add(skeletons.intern(skeleton), posting);
          }
      },
      (lang, text) => eachStem(toSearchKey(text, { loose: true }), (stem) => inTexts.add(stem, (doc << 1) | LANG_BIT[lang])),
    );
  });
  const typo = typoIndexOf(() => index);
  const index: SearchIndex = {
    records,
    phraseKeys,
    phrases: phrases.build(),
    words,
    inNames: inNames.build(),
    inTexts: inTexts.build(),
    sortedWords: lazy(() => [...words.keys].sort()),
    writtenWords: lazy(() => writtenWordsOf(index)),
    typoIndex: typo.index,
    typos: typo.lookup,
    namesOf: namesOf.build(),
    skeletons,
    bySkeleton: bySkeleton.build(),
  };
  return index;
}
