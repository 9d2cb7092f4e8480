import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getEntity, getEvent, getQuote, getTerm, mentionsOf, quotesBy, related, search, timeline, translate } from '../../src/index.js';

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

  it('answers a 10,000-character query in well under 50 ms', () => {
    const queries = [
      'ا'.repeat(10_000),
      'ًّ'.repeat(5_000),
      'a-'.repeat(5_000),
      `${'الذكاء '.repeat(1_400)}`,
      '\uD800'.repeat(10_000),
    ];
    for (const query of queries) {
      search(query);
      const start = performance.now();
      search(query);
      translate(query);
      expect(performance.now() - start).toBeLessThan(50);
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
