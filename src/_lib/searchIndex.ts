import MiniSearch from 'minisearch';
import type { Lang, Localized } from '../schema/common.js';
import { phoneticKey } from '../text/phoneticKey.js';
import { stemWord } from '../text/stemWord.js';
import { toSearchKey } from '../text/toSearchKey.js';
import type { Frozen } from './deepFreeze.js';
import { type AnyRecord, labelOf } from './kbIndex.js';

/** One indexed record with its label; its position in `items` is its document number. */
export interface IndexedItem {
  readonly item: AnyRecord;
  readonly label: Frozen<Localized>;
}

/**
 * Phrase keys of every name, each pointing to postings: `doc * 2` for an Arabic-script name,
 * `doc * 2 + 1` for an English one, so a `lang` filter needs no second map.
 */
type PhraseMap = Map<string, number[]>;

/** The indexes a search reads, built once per knowledge base. */
export interface SearchIndex {
  readonly items: readonly IndexedItem[];
  /** The name exactly as written (trimmed). */
  readonly exact: PhraseMap;
  /** The whole name through `toSearchKey`. */
  readonly normalized: PhraseMap;
  /** …with the looser hamza-seat folding. */
  readonly loose: PhraseMap;
  /** …with every word light-stemmed. */
  readonly stemmed: PhraseMap;
  /** Words of names and texts, for ranked prefix and fuzzy matching. */
  readonly words: MiniSearch<WordDoc>;
  /** Cross-script consonant skeletons of entity name words: the last-resort fallback. */
  readonly phonetic: PhraseMap;
}

/** The four fields a record is indexed under; every value is already a loose search key. */
export interface WordDoc {
  readonly doc: number;
  readonly nameAr: string;
  readonly nameEn: string;
  readonly textAr: string;
  readonly textEn: string;
}

/** The field names of each language, for a `lang` filter. */
export const FIELDS: Readonly<Record<Lang | 'any', readonly (keyof WordDoc)[]>> = {
  ar: ['nameAr', 'textAr'],
  en: ['nameEn', 'textEn'],
  any: ['nameAr', 'nameEn', 'textAr', 'textEn'],
};
/** Name fields count three times a text field. */
export const BOOST = { nameAr: 3, nameEn: 3, textAr: 1, textEn: 1 };
export const NAME_FIELDS: ReadonlySet<string> = new Set(['nameAr', 'nameEn']);

const splitWords = (key: string): string[] => (key === '' ? [] : key.split(' '));
/** A loose key, word by word stemmed: the key of the `stemmed` map. */
export const stemKey = (looseKey: string): string => splitWords(looseKey).map(stemWord).join(' ');
const looseKey = (text: string): string => toSearchKey(text, { loose: true });

/** The names (what a reader types to find a record) and texts (what describes it) per language. */
function namesAndTexts({ kind, id, record }: AnyRecord): Record<Lang, { names: string[]; texts: string[] }> {
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
        ar: { names: forms('ar'), texts: [record.definition.ar, ...(record.note ? [record.note.ar] : [])] },
        en: { names: [...forms('en'), id], texts: [record.definition.en, ...(record.note ? [record.note.en] : [])] },
      };
    }
    case 'event':
      return {
        ar: { names: [record.title.ar], texts: [record.summary.ar] },
        en: { names: [record.title.en, id], texts: [record.summary.en] },
      };
    case 'quote':
      return {
        ar: { names: [], texts: [record.text.ar, record.context.ar, record.articleText, ...(record.fullText ? [record.fullText.ar] : [])] },
        en: { names: [id], texts: [record.text.en, record.context.en, ...(record.fullText ? [record.fullText.en] : [])] },
      };
  }
}

function post(map: PhraseMap, key: string, posting: number): void {
  if (key === '') return;
  const list = map.get(key);
  if (list === undefined) map.set(key, [posting]);
  else if (list.at(-1) !== posting) list.push(posting);
}

/** Builds every search index in one pass over the records. */
export function buildSearchIndex(records: readonly AnyRecord[]): SearchIndex {
  const index = {
    items: [] as IndexedItem[],
    exact: new Map() as PhraseMap,
    normalized: new Map() as PhraseMap,
    loose: new Map() as PhraseMap,
    stemmed: new Map() as PhraseMap,
    phonetic: new Map() as PhraseMap,
  };
  const docs: WordDoc[] = [];
  records.forEach((item, doc) => {
    index.items.push({ item, label: labelOf(item) });
    const fields = namesAndTexts(item);
    const keys = { ar: { names: [] as string[], texts: [] as string[] }, en: { names: [] as string[], texts: [] as string[] } };
    for (const lang of ['ar', 'en'] as const) {
      const posting = doc * 2 + (lang === 'ar' ? 0 : 1);
      for (const name of fields[lang].names) {
        const loose = looseKey(name);
        post(index.exact, name.trim(), posting);
        post(index.normalized, toSearchKey(name), posting);
        post(index.loose, loose, posting);
        post(index.stemmed, stemKey(loose), posting);
        if (item.kind === 'entity') for (const word of splitWords(loose)) post(index.phonetic, phoneticKey(word), posting);
        keys[lang].names.push(loose);
      }
      for (const text of fields[lang].texts) keys[lang].texts.push(looseKey(text));
    }
    docs.push({
      doc,
      nameAr: keys.ar.names.join(' '),
      nameEn: keys.en.names.join(' '),
      textAr: keys.ar.texts.join(' '),
      textEn: keys.en.texts.join(' '),
    });
  });
  const words = new MiniSearch<WordDoc>({
    idField: 'doc',
    fields: [...FIELDS.any],
    tokenize: splitWords,
    processTerm: stemWord,
  });
  words.addAll(docs);
  return { ...index, words };
}
