import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { bundledData } from '../../src/data/bundled.js';
import { DEFER, compileAccept } from '../../src/schema/compileAccept.js';
import { EntitySchema, KbEventSchema, LocalizedSchema, QuoteSchema, TermSchema } from '../../src/schema/index.js';
import { generateKnowledgeBase } from '../../bench/generateKnowledgeBase.js';

const kinds = [
  ['entities', EntitySchema],
  ['events', KbEventSchema],
  ['quotes', QuoteSchema],
  ['glossary', TermSchema],
] as const;

/** What zod gives, or DEFER where zod refuses. */
const byZod = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? result.data : DEFER;
};

describe('compileAccept', () => {
  it('gives what zod gives for every bundled record, keys in the same order', () => {
    for (const [collection, schema] of kinds)
      for (const record of structuredClone(bundledData)[collection]) {
        const fast = compileAccept(schema)(record);
        expect(fast).not.toBe(DEFER);
        expect(JSON.stringify(fast)).toBe(JSON.stringify(schema.parse(record)));
        expect(fast).toStrictEqual(schema.parse(record));
      }
  });

  it('gives what zod gives for generated records, frozen when asked', () => {
    const data = generateKnowledgeBase(300);
    for (const [collection, schema] of kinds)
      for (const record of data[collection]) {
        const frozen = compileAccept(schema, { freeze: true })(record) as { id: string };
        expect(JSON.stringify(frozen)).toBe(JSON.stringify(schema.parse(record)));
        expect(Object.isFrozen(frozen)).toBe(true);
      }
  });

  it('trims, strips unknown keys and fills defaults as zod does', () => {
    const accept = compileAccept(LocalizedSchema);
    expect(accept({ ar: ' نموذج ', en: 'model', extra: 1 })).toStrictEqual({ ar: 'نموذج', en: 'model' });
    const entity = { ...structuredClone(bundledData.entities[0]!), sameAs: undefined, extra: true };
    expect(compileAccept(EntitySchema)(entity)).toStrictEqual(EntitySchema.parse(entity));
  });

  it('defers every value zod refuses, and some it accepts, never accepting one zod refuses', () => {
    const records = kinds.flatMap(([collection, schema]) => structuredClone(bundledData)[collection].slice(0, 3).map((record) => [schema, record] as const));
    const junk = fc.oneof(
      fc.constant(undefined),
      fc.constant(null),
      fc.constant(''),
      fc.constant('  '),
      fc.constant('Bad Id'),
      fc.constant('x'.repeat(200)),
      fc.integer(),
      fc.constant(0),
      fc.constant(1.5),
      fc.constant([]),
      fc.constant({}),
      fc.string(),
      fc.boolean(),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: records.length - 1 }), fc.integer({ min: 0, max: 1000 }), junk, (which, at, value) => {
        const [schema, record] = records[which]!;
        const copy = structuredClone(record) as Record<string, unknown>;
        // Replace one value somewhere in the record.
        const slots: [Record<string, unknown>, string][] = [];
        const walk = (node: unknown) => {
          if (typeof node !== 'object' || node === null) return;
          for (const key of Object.keys(node)) {
            slots.push([node as Record<string, unknown>, key]);
            walk((node as Record<string, unknown>)[key]);
          }
        };
        walk(copy);
        const [parent, key] = slots[at % slots.length]!;
        parent[key] = value;
        const fast = compileAccept(schema)(copy);
        const zod = byZod(schema, copy);
        if (zod === DEFER) expect(fast).toBe(DEFER);
        else if (fast !== DEFER) expect(JSON.stringify(fast)).toBe(JSON.stringify(zod));
      }),
      { numRuns: 2000 },
    );
  });

  it('makes an object of any optional or defaulted keys as zod does, its keys in zod’s order, frozen when asked', () => {
    const text = z.string().trim().min(1);
    // Up to three optional keys the object is one literal per set of them; past three, a key at a time.
    const schemas = [['a', 'c'], ['b', 'c', 'e'], ['a', 'b', 'd', 'f']].map((optional) =>
      z.object(
        Object.fromEntries(['a', 'b', 'c', 'd', 'e', 'f'].map((key) => [key, optional.includes(key) ? text.optional() : key === 'e' ? text.default('e') : text])),
      ),
    );
    const value = fc.constantFrom('x', ' y ', '', undefined);
    const given = fc.record({ a: value, b: value, c: value, d: value, e: value, f: value, g: value }, { requiredKeys: [] });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: schemas.length - 1 }), given, fc.boolean(), (which, record, jitless) => {
        const schema = schemas[which]!;
        z.config({ jitless });
        try {
          for (const freeze of [false, true]) {
            const fast = compileAccept(schema, { freeze })(record);
            const zod = byZod(schema, record);
            if (zod === DEFER) expect(fast).toBe(DEFER);
            else if (fast !== DEFER) {
              // Entries, not JSON: a key kept with the value undefined would show.
              expect(Object.entries(fast as object)).toEqual(Object.entries(zod as object));
              expect(Object.isFrozen(fast)).toBe(freeze);
            }
          }
        } finally {
          z.config({ jitless: false });
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses every string where a length bound is not a number zod can meet (NaN)', () => {
    for (const schema of [z.string().max(Number.NaN), z.string().min(Number.NaN), z.object({ a: z.string().trim().max(Number.NaN) })])
      for (const jitless of [false, true]) {
        z.config({ jitless });
        try {
          expect(schema.safeParse('abc').success && schema.safeParse({ a: 'abc' }).success).toBe(false);
          expect(compileAccept(schema)('abc')).toBe(DEFER);
          expect(compileAccept(schema)({ a: 'abc' })).toBe(DEFER);
        } finally {
          z.config({ jitless: false });
        }
      }
  });

  it('gives the same without compiling functions from strings (zod jitless, a strict CSP)', () => {
    z.config({ jitless: true });
    try {
      for (const record of structuredClone(bundledData).glossary)
        expect(JSON.stringify(compileAccept(TermSchema)(record))).toBe(JSON.stringify(TermSchema.parse(record)));
      expect(compileAccept(TermSchema)({ ...bundledData.glossary[0]!, id: 'Bad Id' })).toBe(DEFER);
    } finally {
      z.config({ jitless: false });
    }
  });

  it('leaves kinds of schema it does not read to zod', () => {
    const schema = z.object({ when: z.iso.date(), url: z.url(), n: z.number(), u: z.union([z.string(), z.number()]) });
    const accept = compileAccept(schema);
    expect(accept({ when: '2025-07-11', url: 'https://x.com', n: 1.5, u: 2 })).toStrictEqual(schema.parse({ when: '2025-07-11', url: 'https://x.com', n: 1.5, u: 2 }));
    expect(accept({ when: '2025-02-30', url: 'https://x.com', n: 1.5, u: 2 })).toBe(DEFER);
  });
});
