import { describe, expect, it } from 'vitest';
import { detectScript, lightStem, normalizeArabic, toSearchKey, tokenize } from '../../src/index.js';

const revoked = (() => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
})();
const notStrings: unknown[] = [
  undefined,
  null,
  42,
  Number.NaN,
  1n,
  true,
  Symbol('s'),
  {},
  [],
  new String('x'),
  { length: Number.POSITIVE_INFINITY },
  { length: 3, charCodeAt: () => 0x627 },
  Object.assign(() => 'x', { toString: () => { throw new Error('boom'); } }),
  new Function(`/*${'x'.repeat(100_000)}*/`),
  revoked,
];

describe('the five string functions check their argument (R06, R07)', () => {
  const functions = { normalizeArabic, toSearchKey, tokenize, lightStem, detectScript } as Record<string, (x: unknown) => unknown>;
  it.each(Object.keys(functions))('%s throws a short TypeError naming itself for any non-string', (name) => {
    for (const value of notStrings) {
      let error: unknown;
      try {
        functions[name]!(value);
      } catch (caught) {
        error = caught;
      }
      expect(error, String(typeof value)).toBeInstanceOf(TypeError);
      expect((error as TypeError).message).toMatch(new RegExp(`^${name}: `));
      expect((error as TypeError).message.length).toBeLessThan(200);
    }
  });
});
