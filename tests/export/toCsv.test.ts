import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { entities, events, glossary, quotes } from '../../src/index.js';
import { toCsv } from '../../src/export/index.js';
import type { Entity } from '../../src/index.js';
import type { CsvCollection } from '../../src/export/index.js';

const strict = { bom: true, relax_quotes: false, relax_column_count: false, skip_empty_lines: false } as const;
const rows = (csv: string) => parse(csv, strict) as string[][];
const records = (csv: string) => parse(csv, { ...strict, columns: true }) as Record<string, string>[];

describe('toCsv', () => {
  it.each([
    ['entities', entities.length],
    ['events', events.length],
    ['quotes', quotes.length],
    ['glossary', glossary.length],
  ] as [CsvCollection, number][])('writes %s as a header and one row per record, every line ended by CRLF', (collection, count) => {
    const csv = toCsv(collection);
    const parsed = rows(csv);
    expect(parsed).toHaveLength(count + 1);
    for (const row of parsed) expect(row).toHaveLength(parsed[0]!.length);
    expect(csv.endsWith('\r\n')).toBe(true);
    // Outside quoted fields, no line feed stands alone and no carriage return either.
    const unquoted = csv.replace(/"(?:[^"]|"")*"/g, '');
    expect(unquoted.match(/\r\n/g)).toHaveLength(count + 1);
    expect(unquoted.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });

  it('round-trips the bundled records, Arabic included', () => {
    const byId = new Map(records(toCsv('glossary')).map((r) => [r.id, r]));
    for (const term of glossary) {
      const row = byId.get(term.id)!;
      expect(row.preferred_ar).toBe(term.forms.ar.preferred);
      expect(row.definition_ar).toBe(term.definition.ar);
      expect(row.deprecated_ar).toBe(term.forms.ar.deprecated.join('; '));
      expect(row.note_en).toBe(term.note?.en ?? '');
      expect(row.mistranslated).toBe(String(term.mistranslated));
    }
    const quoteRows = records(toCsv('quotes'));
    expect(quoteRows.map((r) => r.article_text)).toEqual(quotes.map((q) => q.articleText));
    const eventRows = records(toCsv('events'));
    expect(eventRows.map((r) => r.title_ar)).toEqual(events.map((e) => e.title.ar));
  });

  it('round-trips cells holding Arabic, commas, quotes, CR, LF and CRLF', () => {
    const hard = ['سام ألتمان، «الرئيس»', 'a, b', 'he said "no"', 'line 1\nline 2', 'cr\ronly', 'crlf\r\nline', '"', ',', ' padded ', '=1+1', ''];
    const sample = hard.map((text, i) => ({
      ...entities[0]!,
      id: `entity-${i}`,
      name: { ar: text || 'ا', en: text || 'a' },
      description: { ar: `وصف ${text}`, en: `${text}` || 'x' },
      aliases: { ar: [text, 'بديل'], en: [] },
    })) as unknown as Entity[];
    const parsed = records(toCsv('entities', { data: { entities: sample } }));
    expect(parsed.map((r) => r.name_ar)).toEqual(sample.map((e) => e.name.ar));
    expect(parsed.map((r) => r.description_en)).toEqual(sample.map((e) => e.description.en));
    expect(parsed.map((r) => r.aliases_ar)).toEqual(sample.map((e) => e.aliases.ar.join('; ')));
    expect(parsed.map((r) => r.aliases_en)).toEqual(sample.map(() => ''));
  });

  it('starts with a byte order mark only when asked, and is otherwise the same text', () => {
    const plain = toCsv('entities');
    const withBom = toCsv('entities', { bom: true });
    expect(plain.charCodeAt(0)).not.toBe(0xfeff);
    expect(withBom).toBe(`\uFEFF${plain}`);
    expect([...Buffer.from(withBom, 'utf8').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(rows(withBom)[0]![0]).toBe('id');
  });

  it('joins lists with the separator given', () => {
    const row = records(toCsv('events', { listSeparator: '|' })).find((r) => r.id === 'kimi-k2-release')!;
    expect(row.participants).toBe(events.find((e) => e.id === 'kimi-k2-release')!.participants.join('|'));
  });

  it('rejects an unknown collection with a TypeError', () => {
    expect(() => toCsv('people' as CsvCollection)).toThrow(/^toCsv: collection must be one of/);
  });
});
