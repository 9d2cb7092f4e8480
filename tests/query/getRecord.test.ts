import { describe, expect, it } from 'vitest';
import { getEntity, getEvent, getQuote, getTerm } from '../../src/index.js';

const getters = { getEntity, getEvent, getQuote, getTerm };
const known = { getEntity: 'sam-altman', getEvent: 'kimi-k2-release', getQuote: 'altman-delay-post', getTerm: 'talent-war' };

describe.each(Object.entries(getters))('%s', (name, get) => {
  it('returns the record of a known id', () => {
    expect(get(known[name as keyof typeof known])?.id).toBe(known[name as keyof typeof known]);
  });

  it.each(['', 'no-such-id', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'SAM-ALTMAN'])(
    'returns undefined for the unknown id %j',
    (id) => expect(get(id)).toBeUndefined(),
  );

  it.each([42, null, undefined, {}, ['sam-altman'], Symbol('id')])('throws a TypeError naming the function for %s', (id) => {
    expect(() => get(id as unknown as string)).toThrow(TypeError);
    expect(() => get(id as unknown as string)).toThrow(new RegExp(`^${name}: id must be a string`));
  });

  it('returns a deep-frozen record: mutation throws', () => {
    const record = get(known[name as keyof typeof known]) as unknown as Record<string, unknown>;
    expect(Object.isFrozen(record)).toBe(true);
    expect(() => {
      record.id = 'changed';
    }).toThrow(TypeError);
    expect(() => {
      (record.sources as unknown[]).push({});
    }).toThrow(TypeError);
    expect(get(known[name as keyof typeof known])?.id).toBe(known[name as keyof typeof known]);
  });
});
