import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { toSearchKey } from '../../src/text/toSearchKey.js';
import { normalizeArabic } from '../../src/text/normalizeArabic.js';

function randomString(length: number, seed: number): string {
  let state = seed;
  let out = '';
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    out += state % 3 === 0 ? String.fromCodePoint(state % 0x110000) : String.fromCharCode(state % 0x10000);
  }
  return out.slice(0, length);
}

const arabicHeavyUnit = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0x0600, max: 0x06ff }).map((c) => String.fromCharCode(c)) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(' ', '  ', '\t', '-', '_', '@', '«', '»', '“', 'A', 'z', '7', 'É', 'ß', 'Ǽ', '\u0301'),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom('\u200b', '\u200d', '\u202b', '\ufeff', '\ufefb', '\ufdfa', '\ud800', '\udc00', '😀', '\ufe0f', 'ᄀ', 'ᅡ'),
  },
);
const texts = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: arabicHeavyUnit }), fc.string({ unit: 'grapheme' }));

describe('toSearchKey', () => {
  describe('examples from the article', () => {
    it('folds ى to ي so الذكاء الاصطناعى matches الذكاء الاصطناعي', () => {
      expect(toSearchKey('الذكاء الاصطناعى')).toBe('الذكاء الاصطناعي');
    });

    it('gives سام ألتمان and سام التمان the same key', () => {
      expect(toSearchKey('سام ألتمان')).toBe('سام التمان');
      expect(toSearchKey('سام التمان')).toBe('سام التمان');
    });

    it('drops the curly quotes around “المناطق عالية الخطورة”', () => {
      expect(toSearchKey('“المناطق عالية الخطورة”')).toBe('المناطق عاليه الخطوره');
    });

    it('drops harakat so مُوَاجَهَة matches مواجهه', () => {
      expect(toSearchKey('مُوَاجَهَة')).toBe('مواجهه');
    });

    it('drops tanween in قويًا and نموذجًا', () => {
      expect(toSearchKey('قويًا نموذجًا')).toBe('قويا نموذجا');
    });

    it('folds the hamza seat of الإصدارات', () => {
      expect(toSearchKey('الإصدارات')).toBe('الاصدارات');
    });

    it('keeps ؤ unless loose, where مسؤول matches مسوول', () => {
      expect(toSearchKey('مسؤول')).toBe('مسؤول');
      expect(toSearchKey('مسؤول', { loose: true })).toBe('مسوول');
      expect(toSearchKey('رئيس', { loose: true })).toBe('رييس');
    });

    it('folds Persian ی and ک', () => {
      expect(toSearchKey('کیمی')).toBe('كيمي');
    });

    it('turns ٢٠٢٥ into 2025', () => {
      expect(toSearchKey('٢٠٢٥')).toBe('2025');
    });
  });

  describe('Latin', () => {
    it('lowercases and breaks at hyphens and underscores: Open-Weight_Model', () => {
      expect(toSearchKey('Open-Weight_Model')).toBe('open weight model');
    });

    it('drops the @ of a handle: @Yuchenj_UW', () => {
      expect(toSearchKey('@Yuchenj_UW')).toBe('yuchenj uw');
    });

    it('strips accents so é, ñ and ü match e, n and u', () => {
      expect(toSearchKey('Café Ñandú Müller')).toBe('cafe nandu muller');
    });

    it('strips accents typed as combining marks', () => {
      expect(toSearchKey('Cafe\u0301')).toBe('cafe');
    });

    it('spells ß as ss and Æ as ae', () => {
      expect(toSearchKey('Straße ÆON')).toBe('strasse aeon');
    });

    it('lowercases other scripts too', () => {
      expect(toSearchKey('ΣΑΜ Мета')).toBe('σαμ мета');
    });

    it('keeps letters of other scripts as word letters', () => {
      expect(toSearchKey('月之暗面 Kimi')).toBe('月之暗面 kimi');
      expect(toSearchKey('𠀀x')).toBe('𠀀x');
    });
  });

  describe('word breaks', () => {
    it('turns Arabic punctuation ، ؛ ؟ into breaks', () => {
      expect(toSearchKey('ألتمان، ميتا؛ لماذا؟')).toBe('التمان ميتا لماذا');
    });

    it('turns «guillemets», parentheses, dashes and ellipses into breaks', () => {
      expect(toSearchKey('«Llama» (Meta) – X… #AI')).toBe('llama meta x ai');
    });

    it('collapses runs of breaks and any whitespace to one space and trims', () => {
      expect(toSearchKey(' \t open\u00a0\u2003 weight\n\n')).toBe('open weight');
    });

    it('treats emoji as breaks', () => {
      expect(toSearchKey('AI🔥نموذج')).toBe('ai نموذج');
    });

    it('drops an emoji variation selector instead of keeping it as a word', () => {
      expect(toSearchKey('a ❤️ b')).toBe('a b');
    });

    it('does not break words at zero-width characters', () => {
      expect(toSearchKey('نموذج\u200cالوزن')).toBe('نموذجالوزن');
    });

    it('returns the empty string for blank input', () => {
      expect(toSearchKey('')).toBe('');
      expect(toSearchKey('  ،؟… ')).toBe('');
    });
  });

  describe('robustness', () => {
    it('breaks at lone surrogates without throwing', () => {
      expect(toSearchKey('\ud800abc')).toBe('abc');
      expect(toSearchKey('ab\udc00cd\ud800')).toBe('ab cd');
    });

    it('handles a 10,000-character random string', () => {
      const result = toSearchKey(randomString(10_000, 11));
      expect(typeof result).toBe('string');
      expect(result).not.toMatch(/^ | $| {2}/);
    });

    it('is idempotent', () => {
      fc.assert(
        fc.property(texts, (text) => {
          const key = toSearchKey(text);
          return toSearchKey(key) === key;
        }),
        { numRuns: 500 },
      );
    });

    it('is idempotent when loose', () => {
      fc.assert(
        fc.property(fc.string({ unit: arabicHeavyUnit }), (text) => {
          const key = toSearchKey(text, { loose: true });
          return toSearchKey(key, { loose: true }) === key;
        }),
      );
    });

    it('settles text where dropping a control joins two Hangul jamo', () => {
      const key = toSearchKey('\u1100\u200b\u1161');
      expect(key).toBe('가');
      expect(toSearchKey(key)).toBe(key);
    });

    it('gives single-spaced, trimmed words', () => {
      fc.assert(fc.property(texts, (text) => !/^ | $| {2}/.test(toSearchKey(text))));
    });

    it('agrees with normalizeArabic applied first', () => {
      fc.assert(fc.property(texts, (text) => toSearchKey(normalizeArabic(text)) === toSearchKey(text)));
    });

    it('gives the same words whether or not the text takes the NFKC path', () => {
      // The trailing é forces the composed path; the words before it must not change.
      fc.assert(
        fc.property(fc.string({ unit: arabicHeavyUnit }), (text) => {
          const key = toSearchKey(text);
          return toSearchKey(`${text} é`) === (key === '' ? 'e' : `${key} e`);
        }),
      );
    });
  });
});
