import { describe, expect, it } from 'vitest';
import { dir } from '../../src/format/index.js';

describe('dir', () => {
  it('is rtl for Arabic and ltr for English', () => {
    expect(dir('ar')).toBe('rtl');
    expect(dir('en')).toBe('ltr');
  });

  it('throws a TypeError naming the function and argument on anything else', () => {
    expect(() => dir('he' as never)).toThrow(new TypeError("dir: lang must be 'ar' or 'en', got \"he\""));
    expect(() => dir(undefined as never)).toThrow(TypeError);
  });
});
