import { describe, it, expect } from 'vitest';
import { lightStem } from '../../src/text/lightStem.js';
import { toSearchKey } from '../../src/text/toSearchKey.js';

describe('lightStem', () => {
  describe('prefixes', () => {
    it('strips ال: المواهب → مواهب', () => {
      expect(lightStem('المواهب')).toBe('مواهب');
    });

    it('strips بال: بالذكاء → ذكاء', () => {
      expect(lightStem('بالذكاء')).toBe('ذكاء');
    });

    it('strips وال, كال and فال', () => {
      expect(lightStem('والنموذج')).toBe('نموذج');
      expect(lightStem('كالنموذج')).toBe('نموذج');
      expect(lightStem('فالنموذج')).toBe('نموذج');
    });

    it('strips لل: للنموذج → نموذج', () => {
      expect(lightStem('للنموذج')).toBe('نموذج');
    });

    it('strips و from a word of four letters: وحرب → حرب', () => {
      expect(lightStem('وحرب')).toBe('حرب');
    });

    it('keeps و on a three-letter word: ولد stays ولد', () => {
      expect(lightStem('ولد')).toBe('ولد');
    });

    it('keeps a two-letter prefix unless two letters remain: الم stays, الحب → حب', () => {
      expect(lightStem('الم')).toBe('الم');
      expect(lightStem('الحب')).toBe('حب');
    });

    it('keeps a three-letter prefix unless two letters remain: بالم stays', () => {
      // بالم is too short for بال, and ال does not match, so nothing is stripped.
      expect(lightStem('بالم')).toBe('بالم');
      expect(lightStem('بالحب')).toBe('حب');
    });

    it('strips only the first matching prefix: والد loses و, not ال', () => {
      expect(lightStem('والد')).toBe('الد');
    });
  });

  describe('suffixes', () => {
    it('strips ي after ال: الاصطناعي → اصطناع', () => {
      expect(lightStem('الاصطناعي')).toBe('اصطناع');
    });

    it('strips ين, ون, ات, ان, ها and يه', () => {
      expect(lightStem('المطورين')).toBe('مطور');
      expect(lightStem('مطورون')).toBe('مطور');
      expect(lightStem(toSearchKey('الإصدارات'))).toBe('اصدار');
      expect(lightStem('نموذجان')).toBe('نموذج');
      expect(lightStem('سحبها')).toBe('سحب');
      expect(lightStem('عليه')).toBe('عل');
    });

    it('strips ه, so مفتوحة after toSearchKey gives مفتوح', () => {
      expect(lightStem(toSearchKey('مفتوحة'))).toBe('مفتوح');
    });

    it('strips ية and ة on words that did not go through toSearchKey', () => {
      expect(lightStem('تقنية')).toBe('تقن');
      expect(lightStem('قدرة')).toBe('قدر');
    });

    it('strips several suffixes in list order: تطبيقاتها → تطبيق', () => {
      expect(lightStem('تطبيقاتها')).toBe('تطبيق');
    });

    it('strips a suffix only when two letters remain: لها stays, بيه → بي', () => {
      expect(lightStem('لها')).toBe('لها');
      expect(lightStem('بيه')).toBe('بي');
    });
  });

  it('returns non-Arabic words unchanged', () => {
    expect(lightStem('llama')).toBe('llama');
    expect(lightStem('2025')).toBe('2025');
    expect(lightStem('')).toBe('');
  });
});
