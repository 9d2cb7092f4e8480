import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { normalizeArabic } from '../../src/text/normalizeArabic.js';

/** Every code point normalizeArabic must remove. */
const DROPPED: readonly number[] = [
  0x0640,
  ...range(0x064b, 0x065f),
  0x0670,
  ...range(0x0610, 0x061a),
  ...range(0x06d6, 0x06ed),
  ...range(0x200b, 0x200f),
  0x061c,
  ...range(0x202a, 0x202e),
  ...range(0x2066, 0x2069),
  0xfeff,
];

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let c = from; c <= to; c++) out.push(c);
  return out;
}

function randomString(length: number, seed: number): string {
  let state = seed;
  let out = '';
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    // Mix of code units (lone surrogates included) and whole astral code points.
    out += state % 3 === 0 ? String.fromCodePoint(state % 0x110000) : String.fromCharCode(state % 0x10000);
  }
  return out.slice(0, length);
}

const arabicUnit = fc.oneof(
  fc.integer({ min: 0x0600, max: 0x06ff }).map((c) => String.fromCharCode(c)),
  fc.constantFrom(' ', 'a', 'Z', '-', '\u200c', '\u200f', '\ufeff', '\ufefb', '\ufdfa', 'é', '\u0301', '\ud800'),
);

describe('normalizeArabic', () => {
  describe('alef and hamza seats', () => {
    it('folds أ to ا so سام ألتمان matches سام التمان', () => {
      expect(normalizeArabic('سام ألتمان')).toBe('سام التمان');
    });

    it('folds إ to ا so الإصدارات matches الاصدارات', () => {
      expect(normalizeArabic('الإصدارات')).toBe('الاصدارات');
    });

    it('folds آ to ا', () => {
      expect(normalizeArabic('آخر')).toBe('اخر');
    });

    it('folds alef wasla ٱ to ا', () => {
      expect(normalizeArabic('ٱلذكاء')).toBe('الذكاء');
    });

    it('keeps ؤ and ئ by default so مسؤول stays distinct from مسوول', () => {
      expect(normalizeArabic('مسؤول')).toBe('مسؤول');
      expect(normalizeArabic('رئيس')).toBe('رئيس');
    });

    it('folds ؤ to و when loose so مسؤول matches مسوول', () => {
      expect(normalizeArabic('مسؤول', { loose: true })).toBe('مسوول');
    });

    it('folds ئ to ي when loose so رئيس matches رييس', () => {
      expect(normalizeArabic('رئيس', { loose: true })).toBe('رييس');
    });
  });

  describe('letter variants', () => {
    it('folds ى to ي so الذكاء الاصطناعى matches', () => {
      expect(normalizeArabic('الذكاء الاصطناعى')).toBe('الذكاء الاصطناعي');
    });

    it('folds ة to ه so “المناطق عالية الخطورة” matches a query without ة', () => {
      expect(normalizeArabic('“المناطق عالية الخطورة”')).toBe('“المناطق عاليه الخطوره”');
    });

    it('folds Persian ی and ک to Arabic ي and ك', () => {
      expect(normalizeArabic('کیمی')).toBe('كيمي');
    });

    it('folds Urdu ہ and ۀ to ه', () => {
      expect(normalizeArabic('ہ')).toBe('ه');
      expect(normalizeArabic('ۀ')).toBe('ه');
    });
  });

  describe('marks and controls', () => {
    it('drops harakat so مُوَاجَهَة matches مواجهه', () => {
      expect(normalizeArabic('مُوَاجَهَة')).toBe('مواجهه');
    });

    it('drops tanween so قويًا and نموذجًا match قويا and نموذجا', () => {
      expect(normalizeArabic('قويًا')).toBe('قويا');
      expect(normalizeArabic('نموذجًا')).toBe('نموذجا');
    });

    it('drops shadda and sukun', () => {
      expect(normalizeArabic('محمّد قُلْ')).toBe('محمد قل');
    });

    it('drops the dagger alef of هٰذا', () => {
      expect(normalizeArabic('هٰذا')).toBe('هذا');
    });

    it('drops tatweel so الذكـــاء matches الذكاء', () => {
      expect(normalizeArabic('الذكـــاء')).toBe('الذكاء');
    });

    it('drops Quranic marks U+0610–U+061A and U+06D6–U+06ED', () => {
      expect(normalizeArabic('محمد\u0610 قال\u06d6')).toBe('محمد قال');
    });

    it('drops zero-width and bidi controls', () => {
      const controls = '\u200b\u200c\u200d\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff';
      expect(normalizeArabic(`سام${controls}ألتمان`)).toBe('سامالتمان');
    });
  });

  describe('NFKC', () => {
    it('composes ا + hamza above into أ before folding it, instead of splitting it', () => {
      expect(normalizeArabic('ا\u0654لتمان')).toBe('التمان');
      expect(normalizeArabic('مسو\u0654ول')).toBe('مسؤول');
    });

    it('turns presentation forms into plain letters', () => {
      // ﻻ is the lam-alef ligature, ﺍﻟﺬﻛﺎﺀ are contextual forms of الذكاء.
      expect(normalizeArabic('ﻻ ﺍﻟﺬﻛﺎﺀ')).toBe('لا الذكاء');
    });

    it('expands the ligature ﷺ and folds its ى', () => {
      expect(normalizeArabic('ﷺ')).toBe('صلي الله عليه وسلم');
    });

    it('composes decomposed Latin and maps NBSP to a space', () => {
      expect(normalizeArabic('Cafe\u0301\u00a0X')).toBe('Café X');
    });
  });

  describe('digits', () => {
    it('turns Arabic-Indic digits into ASCII so ٢٠٢٥ matches 2025', () => {
      expect(normalizeArabic('٢٠٢٥')).toBe('2025');
    });

    it('turns Eastern Arabic-Indic digits into ASCII', () => {
      expect(normalizeArabic('۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789');
    });
  });

  describe('everything else', () => {
    it('leaves Latin case, spaces and punctuation as they are', () => {
      expect(normalizeArabic('Open-Weight, (X)!  ')).toBe('Open-Weight, (X)!  ');
    });

    it('returns the same string object when nothing changes', () => {
      const text = 'نموذج الوزن المفتوح';
      expect(normalizeArabic(text)).toBe(text);
    });

    it('returns the empty string for the empty string', () => {
      expect(normalizeArabic('')).toBe('');
    });
  });

  describe('robustness', () => {
    it('keeps lone surrogates without throwing', () => {
      expect(normalizeArabic('\ud800abc')).toBe('\ud800abc');
    });

    it('handles a 10,000-character random string', () => {
      const text = randomString(10_000, 7);
      const result = normalizeArabic(text);
      expect(typeof result).toBe('string');
    });

    it('never outputs a dropped code point', () => {
      const dropped = new Set(DROPPED);
      const droppedUnit = fc.constantFrom(...DROPPED).map((c) => String.fromCharCode(c));
      const unit = fc.oneof(arabicUnit, droppedUnit);
      fc.assert(
        fc.property(fc.oneof(fc.string({ unit }), fc.string({ unit: 'binary' })), (text) => {
          for (const ch of normalizeArabic(text)) {
            if (dropped.has(ch.codePointAt(0) ?? -1)) return false;
          }
          return true;
        }),
      );
    });

    it('never outputs the folded letters', () => {
      fc.assert(
        fc.property(fc.string({ unit: arabicUnit }), (text) => !/[أإآٱىةیکہۀ٠-٩۰-۹]/u.test(normalizeArabic(text))),
      );
    });

    it('is idempotent', () => {
      fc.assert(
        fc.property(fc.oneof(fc.string({ unit: arabicUnit }), fc.string({ unit: 'binary' })), (text) => {
          const once = normalizeArabic(text);
          return normalizeArabic(once) === once;
        }),
      );
    });
  });
});
