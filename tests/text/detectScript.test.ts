import { describe, it, expect } from 'vitest';
import { detectScript } from '../../src/text/detectScript.js';

describe('detectScript', () => {
  it('says ar for Arabic text', () => {
    expect(detectScript('سام ألتمان')).toBe('ar');
  });

  it('says en for English text', () => {
    expect(detectScript('Sam Altman')).toBe('en');
  });

  it('goes with the script that has more letters in mixed text', () => {
    expect(detectScript('نموذج GPT')).toBe('ar');
    expect(detectScript('OpenAI نموذج')).toBe('en');
  });

  it('says ar on a tie, since Latin names sit inside the Arabic article', () => {
    expect(detectScript('AI ذك')).toBe('ar');
  });

  it('counts accented Latin letters as Latin', () => {
    expect(detectScript('é ü ñ نم')).toBe('en');
  });

  it('counts presentation forms and Persian letters as Arabic', () => {
    expect(detectScript('ﺍﻟﺬ ab')).toBe('ar');
    expect(detectScript('کی ab')).toBe('ar');
  });

  it('does not count harakat, Arabic digits or Arabic punctuation as letters', () => {
    expect(detectScript('ً٢٠٢٥؟، ab')).toBe('en');
  });

  it('returns undefined when there are no letters', () => {
    expect(detectScript('')).toBeUndefined();
    expect(detectScript('2025 ٢٠٢٥ !؟ 🔥')).toBeUndefined();
    expect(detectScript('\ud800')).toBeUndefined();
  });

  it('ignores other scripts', () => {
    expect(detectScript('月之暗面')).toBeUndefined();
    expect(detectScript('月之暗面 Kimi')).toBe('en');
  });
});
