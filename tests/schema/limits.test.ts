import { describe, expect, it } from 'vitest';
import { LANGS, search, translate } from '../../src/index.js';
import { IdSchema, QuoteSchema } from '../../src/schema/index.js';

describe('schema limits', () => {
  it('gives a validation error, not a RangeError, for an id of millions of characters (R09)', () => {
    const result = IdSchema.safeParse(`${'a-'.repeat(3_400_000)}a`);
    expect(result.success).toBe(false);
  });

  it('accepts only http(s) quote URLs (R11)', () => {
    const url = QuoteSchema.shape.url;
    expect(url.safeParse('https://x.com/sama/status/1').success).toBe(true);
    expect(url.safeParse('http://example.org/').success).toBe(true);
    expect(url.safeParse('javascript:alert(document.cookie)').success).toBe(false);
    expect(url.safeParse('data:text/html,<script>alert(1)</script>').success).toBe(false);
  });
});

describe('exported constant arrays (R10)', () => {
  it('LANGS cannot be changed, and search keeps working after a try', () => {
    expect(() => (LANGS as unknown as string[]).push('fr')).toThrow(TypeError);
    expect(search('Altman')[0]?.id).toBe('sam-altman');
    expect(translate('Altman')).toBe('سام ألتمان');
  });
});
