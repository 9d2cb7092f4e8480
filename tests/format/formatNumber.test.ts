import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/format/index.js';

describe('formatNumber', () => {
  it('writes Arabic-Indic digits and Arabic separators in Arabic by default', () => {
    expect(formatNumber(1234.5, 'ar')).toBe('١٬٢٣٤٫٥');
    expect(formatNumber(1_000_000_000_000n, 'ar')).toBe('١٬٠٠٠٬٠٠٠٬٠٠٠٬٠٠٠');
  });

  it('writes Latin digits in Arabic when asked, and in English', () => {
    expect(formatNumber(1234.5, 'ar', { digits: 'latn' })).toBe('1,234.5');
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
  });

  it('passes Intl.NumberFormat options through', () => {
    expect(formatNumber(1e12, 'en', { notation: 'compact' })).toBe('1tn'); // British English
    expect(formatNumber(0.25, 'ar', { style: 'percent' })).toBe('٢٥٪؜');
  });

  it.each([
    [Number.NaN, 'en', 'formatNumber: value must be a finite number or a bigint, got number NaN'],
    ['12', 'en', 'formatNumber: value must be a finite number or a bigint, got "12"'],
    [12, 'de', "formatNumber: lang must be 'ar' or 'en', got \"de\""],
  ])('throws a TypeError naming the argument for %j, %s', (value, lang, message) => {
    expect(() => formatNumber(value as never, lang as never)).toThrow(TypeError);
    expect(() => formatNumber(value as never, lang as never)).toThrow(message);
  });
});
