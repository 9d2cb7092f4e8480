import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import { article, entities, events, glossary, quotes } from '../../src/index.js';
import { toJsonLd } from '../../src/export/index.js';
import type { JsonLdData } from '../../src/export/index.js';

// The schema.org context, committed (tests/export/fixtures/README.md): expansion runs offline.
const context = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures/schemaorgcontext.jsonld'), 'utf8'));
const documentLoader = async (url: string) => {
  if (/^https?:\/\/schema\.org\/?$/.test(url)) return { contextUrl: undefined, document: context, documentUrl: url };
  throw new Error(`no network in tests: ${url}`);
};

const S = 'http://schema.org/';
const BASE = 'https://example.org/kb';
type Expanded = Record<string, unknown> & { '@id': string; '@type': string[] };
const expand = async (doc: object) => (await jsonld.expand(doc as jsonld.JsonLdDocument, { documentLoader: documentLoader as never })) as unknown as Expanded[];
const graph = await expand(toJsonLd(undefined, { base: BASE }));
const nodeOf = (id: string) => graph.find((n) => n['@id'] === `${BASE}#${id}`)!;
const E = (id: string) => `${BASE}#entity/${id}`;
const values = (n: Expanded, p: string) => n[S + p] as { '@value'?: string; '@language'?: string; '@id'?: string; '@type'?: string }[];

describe('toJsonLd', () => {
  it('expands with the schema.org context into one node per record, plus the article and the glossary set', () => {
    expect(graph).toHaveLength(1 + entities.length + events.length + quotes.length + 1 + glossary.length);
    expect(new Set(graph.map((n) => n['@id'])).size).toBe(graph.length);
  });

  it('types people, organizations, models, products and the platform', () => {
    expect(nodeOf('entity/sam-altman')['@type']).toEqual([`${S}Person`]);
    expect(nodeOf('entity/openai')['@type']).toEqual([`${S}Organization`]);
    expect(nodeOf('entity/kimi-k2')['@type']).toEqual([`${S}SoftwareApplication`]);
    expect(nodeOf('entity/chatgpt')['@type']).toEqual([`${S}SoftwareApplication`]);
    expect(nodeOf('entity/x-twitter')['@type']).toEqual([`${S}WebSite`]);
  });

  it('gives names in both languages as language-tagged values', () => {
    expect(values(nodeOf('entity/sam-altman'), 'name')).toEqual([
      { '@value': 'سام ألتمان', '@language': 'ar' },
      { '@value': 'Sam Altman', '@language': 'en' },
    ]);
    for (const n of graph)
      for (const p of ['name', 'description', 'text'])
        for (const v of values(n, p) ?? []) expect(['ar', 'en']).toContain(v['@language']);
  });

  it('links a model to its developer as creator', () => {
    expect(values(nodeOf('entity/kimi-k2'), 'creator')).toEqual([{ '@id': E('moonshot-ai') }]);
  });

  it('dates events with schema:startDate, and names people as contributor and models as about', () => {
    const event = nodeOf('event/kimi-k2-release');
    const record = events.find((e) => e.id === 'kimi-k2-release')!;
    expect(event['@type']).toEqual([`${S}Event`]);
    expect(values(event, 'startDate')).toEqual([{ '@value': '2025-07-11', '@type': `${S}Date` }]);
    const agents = values(event, 'contributor')?.map((v) => v['@id']) ?? [];
    const works = values(event, 'about')?.map((v) => v['@id']) ?? [];
    expect([...agents, ...works].sort()).toEqual(record.participants.map(E).sort());
    expect(works).toContain(E('kimi-k2'));
  });

  it('marks a postponed event with schema:EventPostponed', () => {
    const postponed = events.filter((e) => e.status === 'postponed');
    expect(postponed.length).toBeGreaterThan(0);
    for (const e of postponed) expect(values(nodeOf(`event/${e.id}`), 'eventStatus')).toEqual([{ '@id': `${S}EventPostponed` }]);
  });

  it('gives each quotation its creator, date, text and the article it is based on', () => {
    const quote = quotes.find((q) => q.id === 'altman-delay-post')!;
    const n = nodeOf(`quote/${quote.id}`);
    expect(n['@type']).toEqual([`${S}Quotation`]);
    expect(values(n, 'creator')).toEqual([{ '@id': E('sam-altman') }]);
    expect(values(n, 'dateCreated')).toEqual([{ '@value': (quote.date as { value: string }).value, '@type': `${S}Date` }]);
    expect(values(n, 'isBasedOn')).toEqual([{ '@id': `${BASE}#article` }]);
    expect(values(n, 'text')).toContainEqual({ '@value': quote.text.ar, '@language': 'ar' });
  });

  it('describes the article: its Arabic headline, language, month of publication, and the English original it translates', () => {
    const n = nodeOf('article');
    expect(n['@type']).toEqual([`${S}NewsArticle`]);
    expect(values(n, 'headline')).toEqual([{ '@value': article.title.ar, '@language': 'ar' }]);
    expect(values(n, 'inLanguage')).toEqual([{ '@value': 'ar' }]);
    expect(values(n, 'datePublished')).toEqual([{ '@value': '2025-07', '@type': `${S}Date` }]);
    const original = values(n, 'translationOfWork')![0] as unknown as Expanded;
    expect(values(original, 'headline')).toEqual([{ '@value': 'OpenAI Hits Pause on Its Meta Killer', '@language': 'en' }]);
    expect(values(original, 'inLanguage')).toEqual([{ '@value': 'en' }]);
  });

  it('puts every term in the DefinedTermSet with its preferred forms as names', () => {
    const set = nodeOf('glossary');
    expect(set['@type']).toEqual([`${S}DefinedTermSet`]);
    expect(values(set, 'hasDefinedTerm')).toHaveLength(glossary.length);
    const term = nodeOf('term/open-sourcing');
    expect(term['@type']).toEqual([`${S}DefinedTerm`]);
    const record = glossary.find((t) => t.id === 'open-sourcing')!;
    expect(values(term, 'name')).toEqual([
      { '@value': record.forms.ar.preferred, '@language': 'ar' },
      { '@value': record.forms.en.preferred, '@language': 'en' },
    ]);
    expect(values(term, 'inDefinedTermSet')).toEqual([{ '@id': `${BASE}#glossary` }]);
    expect(values(term, 'termCode')).toEqual([{ '@value': 'open-sourcing' }]);
  });

  it('gives each entity its checked Wikidata ids as sameAs, and none to the others', () => {
    expect(entities.some((e) => e.sameAs.length > 0)).toBe(true);
    for (const entity of entities)
      expect(values(nodeOf(`entity/${entity.id}`), 'sameAs') ?? []).toEqual(entity.sameAs.map((iri) => ({ '@id': iri })));
    expect(values(nodeOf('entity/openai'), 'sameAs')).toEqual([{ '@id': 'https://www.wikidata.org/entity/Q21708200' }]);
  });

  it('describes records passed in instead of the bundled ones', async () => {
    const data: JsonLdData = { entities: entities.slice(0, 1), events: [], quotes: [], glossary: [] };
    const doc = await expand(toJsonLd(data, { base: BASE }));
    expect(doc.map((n) => n['@id']).sort()).toEqual([`${BASE}#article`, E(entities[0]!.id), `${BASE}#glossary`].sort());
  });

  it('uses only schema.org terms: safe-mode expansion and RDF conversion drop nothing', async () => {
    const doc = toJsonLd(undefined, { base: BASE }) as unknown as jsonld.JsonLdDocument;
    const options = { documentLoader, safe: true } as never;
    await expect(jsonld.expand(doc, options)).resolves.toBeDefined();
    const quads = (await jsonld.toRDF(doc, { ...(options as object), format: 'application/n-quads' } as never)) as unknown as string;
    expect(quads.split('\n').length).toBeGreaterThan(1000);
  });

  it('keeps node ids relative without a base, and is plain JSON', () => {
    const doc = toJsonLd();
    expect(doc['@context']).toBe('https://schema.org');
    expect(doc['@graph'][0]!['@id']).toBe('#article');
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });
});
