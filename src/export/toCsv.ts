import { bundledData } from '../data/bundled.js';
import type { Frozen } from '../_lib/deepFreeze.js';
import type { Entity } from '../schema/entity.js';
import type { EventDate, KbEvent } from '../schema/event.js';
import type { Quote } from '../schema/quote.js';
import type { Term } from '../schema/term.js';

/** The collections `toCsv` writes, one row per record. */
export type CsvCollection = 'entities' | 'events' | 'quotes' | 'glossary';

/** Options of `toCsv`. */
export interface ToCsvOptions {
  /**
   * Start with a UTF-8 byte order mark (U+FEFF). Spreadsheet apps such as Excel read a CSV
   * without one in the legacy code page, which turns Arabic into mojibake. Default: `false`.
   */
  bom?: boolean;
  /** Joins the items of a list (aliases, forms, participants) in one cell. Default: `'; '`. */
  listSeparator?: string;
  /** The records. Default: the bundled knowledge base. */
  data?: {
    readonly entities?: readonly Frozen<Entity>[];
    readonly events?: readonly Frozen<KbEvent>[];
    readonly quotes?: readonly Frozen<Quote>[];
    readonly glossary?: readonly Frozen<Term>[];
  };
}

type Cell = string | number | boolean | undefined;

/** RFC 4180: a field holding a comma, a quote, CR or LF is quoted, and its quotes doubled. */
const field = (cell: Cell) => {
  const text = cell === undefined ? '' : String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};
const dateOf = (date: Frozen<EventDate>) => (date.precision === 'undated' ? '' : date.value);

/**
 * One collection of the knowledge base as CSV (RFC 4180): a header row, then one row per
 * record, fields separated by commas, lines ended by CRLF, UTF-8. Both languages are side by
 * side (`name_ar`, `name_en`); lists are joined into one cell.
 *
 * @param collection `'entities'`, `'events'`, `'quotes'` or `'glossary'`.
 * @param options `bom` for spreadsheet apps, the list separator, the records.
 * @returns The CSV text.
 * @example
 * toCsv('entities').split('\r\n')[0] //=> 'id,kind,name_ar,name_en,description_ar,description_en,aliases_ar,aliases_en,handles,same_as'
 * toCsv('glossary', { bom: true }).startsWith('\uFEFFid,') //=> true
 */
export function toCsv(collection: CsvCollection, options?: ToCsvOptions): string {
  const { bom = false, listSeparator = '; ', data } = options ?? {};
  const list = (items: readonly string[] | undefined) => (items ?? []).join(listSeparator);
  let header: string[];
  let rows: Cell[][];
  switch (collection) {
    case 'entities':
      header = ['id', 'kind', 'name_ar', 'name_en', 'description_ar', 'description_en', 'aliases_ar', 'aliases_en', 'handles', 'same_as'];
      rows = (data?.entities ?? bundledData.entities).map((e) => [
        e.id,
        e.kind,
        e.name.ar,
        e.name.en,
        e.description.ar,
        e.description.en,
        list(e.aliases.ar),
        list(e.aliases.en),
        list(e.handles),
        list(e.sameAs),
      ]);
      break;
    case 'events':
      header = ['id', 'status', 'date', 'date_precision', 'title_ar', 'title_en', 'summary_ar', 'summary_en', 'participants'];
      rows = (data?.events ?? bundledData.events).map((e) => [
        e.id,
        e.status,
        dateOf(e.date),
        e.date.precision,
        e.title.ar,
        e.title.en,
        e.summary.ar,
        e.summary.en,
        list(e.participants),
      ]);
      break;
    case 'quotes':
      header = ['id', 'speaker', 'date', 'medium', 'text_ar', 'text_en', 'context_ar', 'context_en', 'original_lang', 'verified', 'truncated', 'article_text', 'url'];
      rows = (data?.quotes ?? bundledData.quotes).map((q) => [
        q.id,
        q.speaker,
        dateOf(q.date),
        q.medium,
        q.text.ar,
        q.text.en,
        q.context.ar,
        q.context.en,
        q.original.lang,
        q.original.verified,
        q.truncated,
        q.articleText,
        q.url,
      ]);
      break;
    case 'glossary':
      header = [
        'id', 'part_of_speech', 'domain', 'mistranslated',
        'preferred_ar', 'preferred_en', 'admitted_ar', 'admitted_en', 'deprecated_ar', 'deprecated_en', 'article_ar', 'article_en',
        'definition_ar', 'definition_en', 'note_ar', 'note_en',
      ];
      rows = (data?.glossary ?? bundledData.glossary).map((t) => [
        t.id,
        t.partOfSpeech,
        t.domain,
        t.mistranslated,
        t.forms.ar.preferred,
        t.forms.en.preferred,
        list(t.forms.ar.admitted),
        list(t.forms.en.admitted),
        list(t.forms.ar.deprecated),
        list(t.forms.en.deprecated),
        list(t.forms.ar.article),
        list(t.forms.en.article),
        t.definition.ar,
        t.definition.en,
        t.note?.ar,
        t.note?.en,
      ]);
      break;
    default:
      throw new TypeError(`toCsv: collection must be one of 'entities', 'events', 'quotes', 'glossary', got ${JSON.stringify(collection)}`);
  }
  const lines = [header, ...rows].map((row) => row.map(field).join(','));
  return `${bom ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}
