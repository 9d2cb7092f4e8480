import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateKnowledgeBase } from '../../bench/generateKnowledgeBase.js';
import { LANGS, MAX_QUERY_LENGTH, type KnowledgeBase, entities, events, getEntity, getEvent, getQuote, getTerm, glossary, mentionsOf, quotesBy, related, search, timeline, translate } from '../../src/index.js';
import { createKnowledgeBase } from '../../src/schema/index.js';

/** Strings a reader, a paste or an attacker may send: any code units (lone surrogates too), RTL and combining marks, emoji, long runs. */
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 64 }),
  fc.string({ unit: 'grapheme-composite', maxLength: 64 }),
  fc.string({ unit: fc.constantFrom(...'ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآؤئىةـًٌٍَُِّْٰ‏‎؟،٠١٢ a-@'), maxLength: 64 }),
  fc.constantFrom('__proto__', 'constructor', 'toString', 'prototype', '\uD800', '\uDFFF\uD800', '👩🏽‍💻', '\u202E\u2066x'),
  fc.string({ unit: 'binary', minLength: 9_000, maxLength: 10_000 }),
);
const deepFrozen = (value: unknown): boolean =>
  value === null || typeof value !== 'object' || (Object.isFrozen(value) && Object.values(value).every(deepFrozen));

describe('every public function, for any string', () => {
  it('search never throws and returns well-formed, frozen hits', () => {
    fc.assert(
      fc.property(anyText, (query) => {
        const hits = search(query);
        expect(Object.isFrozen(hits)).toBe(true);
        expect(hits.length).toBeLessThanOrEqual(10);
        for (const hit of hits) {
          expect(deepFrozen(hit)).toBe(true);
          expect(hit.record.id).toBe(hit.id);
          expect(Number.isFinite(hit.score)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('translate never throws and returns a string or undefined', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(undefined, 'ar' as const, 'en' as const), (text, to) => {
        const result = translate(text, to);
        expect(result === undefined || (typeof result === 'string' && result.length > 0)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('lookups give undefined or [] for ids that are not there, never a prototype member', () => {
    fc.assert(
      fc.property(anyText, (id) => {
        for (const get of [getEntity, getEvent, getQuote, getTerm]) {
          const record = get(id);
          expect(record === undefined || record.id === id).toBe(true);
        }
        for (const list of [quotesBy(id), mentionsOf(id), related(id), timeline({ involving: id })]) {
          expect(Array.isArray(list) && Object.isFrozen(list)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reads only the first MAX_QUERY_LENGTH characters of a 10,000-character query', () => {
    const queries = ['ا'.repeat(10_000), 'ًّ'.repeat(5_000), 'a-'.repeat(5_000), `${'الذكاء '.repeat(1_400)}`, '\uD800'.repeat(10_000), `Altman${' x'.repeat(5_000)}`];
    for (const query of queries) {
      expect(search(query)).toEqual(search(query.slice(0, MAX_QUERY_LENGTH)));
      expect(translate(query)).toEqual(translate(query.slice(0, MAX_QUERY_LENGTH)));
    }
  });
});

describe('every public function, for a value that is not a string', () => {
  const notStrings = [undefined, null, 0, 1n, true, {}, [], () => 'x', Symbol('s'), new String('x')];
  const functions = { getEntity, getEvent, getQuote, getTerm, search, translate, quotesBy, mentionsOf, related };
  it.each(Object.entries(functions))('%s throws a TypeError that names it', (name, fn) => {
    for (const value of notStrings) expect(() => (fn as (x: unknown) => unknown)(value), String(value)).toThrow(new RegExp(`^${name}: `));
  });
});

/** Every string a reader may type to reach a record by name, with the record's id. */
function namesOf(kb: Pick<KnowledgeBase, 'entities' | 'glossary' | 'events'>): [name: string, id: string][] {
  const out: [string, string][] = [];
  for (const e of kb.entities) for (const lang of LANGS) for (const n of [e.name[lang], ...e.aliases[lang]]) out.push([n, e.id]);
  for (const t of kb.glossary)
    for (const lang of LANGS) {
      const f = t.forms[lang];
      for (const n of [f.preferred, ...f.admitted, ...f.deprecated, ...f.article]) out.push([n, t.id]);
    }
  for (const e of kb.events) for (const lang of LANGS) out.push([e.title[lang], e.id]);
  return out;
}
/** The lowest score of a hit reached by a name exactly as written: coverage 1, the exact tier. */
const EXACT_SCORE = 1070;
/** A name with one letter dropped, doubled or swapped with the next: what a hurried reader types. */
const damaged = (name: string, at: number, how: number): string => {
  const i = at % Math.max(1, name.length - 1);
  if (how === 0) return name.slice(0, i) + name.slice(i + 1);
  if (how === 1) return name.slice(0, i) + name[i]! + name.slice(i);
  return name.slice(0, i) + (name[i + 1] ?? '') + name[i]! + name.slice(i + 2);
};

describe('ranking invariants (R02, R03, R04)', () => {
  const bundledNames = namesOf({ entities, glossary, events });
  const generated = createKnowledgeBase(generateKnowledgeBase(400, 7));
  const generatedNames = namesOf(generated);

  it('a record reached by one of its names exactly as written scores as an exact name', () => {
    for (const [name, id] of bundledNames) {
      const hit = search(name, { limit: 1_000 }).find((h) => h.id === id);
      expect(hit?.score, `${name} → ${id}`).toBeGreaterThanOrEqual(EXACT_SCORE);
    }
    for (const [name, id] of generatedNames) {
      const hit = generated.search(name, { limit: 1_000 }).find((h) => h.id === id);
      expect(hit?.score, `${name} → ${id}`).toBeGreaterThanOrEqual(EXACT_SCORE);
    }
  });

  it('scores an exact admitted form as exact when the preferred form has the same stem', () => {
    const hit = search('speculator').find((h) => h.id === 'speculators');
    expect(hit?.score).toBeGreaterThanOrEqual(EXACT_SCORE);
    expect(search('speculator')[0]?.id).toBe('speculators');
  });

  it('search(q, {limit: k}) is the first k of search(q, {limit: K}), for damaged names', () => {
    const [bundled, gen] = [search, generated.search] as const;
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.nat(),
        fc.nat(),
        fc.nat(2),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 13, max: 400 }),
        (useGenerated, pick, at, how, k, K) => {
          const names = useGenerated ? generatedNames : bundledNames;
          const run = useGenerated ? gen : bundled;
          const query = damaged(names[pick % names.length]![0], at, how);
          const small = run(query, { limit: k }).map((h) => [h.id, h.score]);
          const large = run(query, { limit: K }).map((h) => [h.id, h.score]);
          expect(small).toEqual(large.slice(0, k));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('gives the same best hit for limit 1 as for the default (the cross-script fallback too)', () => {
    expect(search('سسام لتمان', { limit: 1 })[0]?.id).toBe(search('سسام لتمان')[0]?.id);
    expect(search('pach talent', { limit: 3 })[0]?.id).toBe(search('pach talent')[0]?.id);
  });

  it('orders every match by score, then data order, for a limit larger than the matches', () => {
    const hits = generated.search(generatedNames[0]![0].split(' ')[0]!, { limit: Number.MAX_SAFE_INTEGER });
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1]!.score).toBeGreaterThanOrEqual(hits[i]!.score);
  });
});
