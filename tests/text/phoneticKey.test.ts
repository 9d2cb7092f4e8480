import { describe, it, expect } from 'vitest';
import { phoneticKey } from '../../src/text/phoneticKey.js';
import { toSearchKey } from '../../src/text/toSearchKey.js';

/** Keys as the search computes them: each word goes through toSearchKey first. */
const key = (word: string): string => phoneticKey(toSearchKey(word));

describe('phoneticKey', () => {
  describe('gives the Latin and Arabic spellings of a name the same key', () => {
    it('altman, التمان and ألتمان', () => {
      expect(key('altman')).toBe('ltmn');
      expect(key('التمان')).toBe('ltmn');
      expect(key('ألتمان')).toBe('ltmn');
    });

    it('zuckerberg, زوكربيرج, زوكربيرغ and زوكربرغ (ck is k, ج and غ are g)', () => {
      expect(key('zuckerberg')).toBe('zkrbrg');
      expect(key('زوكربيرج')).toBe('zkrbrg');
      expect(key('زوكربيرغ')).toBe('zkrbrg');
      expect(key('زوكربرغ')).toBe('zkrbrg');
    });

    it('meta and ميتا', () => {
      expect(key('meta')).toBe(key('ميتا'));
    });

    it('kimi and كيمي', () => {
      expect(key('kimi')).toBe(key('كيمي'));
    });

    it('moonshot and مونشوت (sh is ش)', () => {
      expect(key('moonshot')).toBe('mnst');
      expect(key('مونشوت')).toBe('mnst');
    });

    it('llama and لاما (the doubled l collapses)', () => {
      expect(key('llama')).toBe('lm');
      expect(key('لاما')).toBe('lm');
    });

    it('open, openai and اوبن (p is ب)', () => {
      expect(key('open')).toBe('bn');
      expect(key('openai')).toBe('bn');
      expect(key('اوبن')).toBe('bn');
      expect(key('أوبن')).toBe('bn');
    });

    it('yuchen and يوتشن (ch is تش)', () => {
      expect(key('yuchen')).toBe('sn');
      expect(key('يوتشن')).toBe('sn');
    });

    it('jin and جين (j is ج)', () => {
      expect(key('jin')).toBe(key('جين'));
    });

    it('mark and مارك', () => {
      expect(key('mark')).toBe('mrk');
      expect(key('مارك')).toBe('mrk');
    });

    it('sam and سام', () => {
      expect(key('sam')).toBe('sm');
      expect(key('سام')).toBe('sm');
    });
  });

  describe('keeps different names apart', () => {
    it('altman is not meta', () => {
      expect(key('altman')).not.toBe(key('meta'));
    });

    it('kimi is not meta', () => {
      expect(key('kimi')).not.toBe(key('meta'));
    });

    it('g (zuckerberg) and k (kimi) stay different letters', () => {
      expect(key('gimi')).not.toBe(key('kimi'));
    });
  });

  describe('Latin letters', () => {
    it('reads c as s before e, i, y and as k elsewhere', () => {
      expect(key('cyber')).toBe('sbr');
      expect(key('cat')).toBe('kt');
    });

    it('reads ph as f, kh as k, gh as g, th as s, qu as k, v as f and x as ks', () => {
      expect(key('phi')).toBe('f');
      expect(key('khan')).toBe('kn');
      expect(key('ghada')).toBe('gd');
      expect(key('thabit')).toBe('sbt');
      expect(key('quran')).toBe('krn');
      expect(key('vox')).toBe('fks');
    });

    it('writes x whole after a k or an s, reads a digraph and a soft c at the end of a word, and a letter after a digraph afresh', () => {
      expect(key('kx')).toBe('kks');
      expect(key('sx')).toBe('sks');
      expect(key('xerxes')).toBe('ksrks');
      expect(key('bach')).toBe('bs');
      expect(key('cyc')).toBe('sk');
      expect(key('sheikh')).toBe('sk');
    });
  });

  describe('Arabic letters', () => {
    it('drops weak letters and gutturals: ا و ي ء ع ه ح', () => {
      expect(key('احمد')).toBe('md');
      expect(key('عمر')).toBe('mr');
    });

    it('maps emphatics onto their plain sounds: ط ص ض ظ', () => {
      expect(key('طصضظ')).toBe('tsdz');
    });
  });

  it('returns an empty key for a vowel-only word', () => {
    expect(key('ai')).toBe('');
    expect(key('ايه')).toBe('');
    expect(key('')).toBe('');
  });

  it('keeps digits: llama 3 and لاما ٣ agree word by word', () => {
    expect(key('3')).toBe('3');
    expect(key('٣')).toBe('3');
  });
});
