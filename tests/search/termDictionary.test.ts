import { describe, expect, it } from 'vitest';
import { prefixTerms } from '../../src/search/termDictionary.js';
import { createTypoIndex, nearTerms } from '../../src/search/typoIndex.js';

const fuzzyTerms = (terms: readonly string[], word: string, maxDistance: number, cap: number) =>
  nearTerms(createTypoIndex(terms), word, maxDistance, cap).map((near) => near.term);

const sorted = ['altman', 'atlman', 'kuala', 'lumpur', 'lumpurs', 'sam', 'tallinn', 'talinn', 'تالين', 'حديث', 'حديثه', 'ديك'].sort();

describe('fuzzyTerms', () => {
  it('counts two swapped letters as one edit (P11)', () => {
    expect(fuzzyTerms(sorted, 'tlalinn', 1, 32)).toContain('tallinn');
    expect(fuzzyTerms(sorted, 'kaula', 1, 32)).toEqual(['kuala']);
  });

  it('gives the nearest terms first', () => {
    expect(fuzzyTerms(sorted, 'lumpurz', 2, 32)).toEqual(['lumpur', 'lumpurs']);
    expect(fuzzyTerms(sorted, 'حديت', 2, 1)).toEqual(['حديث']);
  });

  it('finds terms with another first letter', () => {
    expect(fuzzyTerms(sorted, 'xumpur', 1, 32)).toEqual(['lumpur']);
  });

  it('puts terms with the first letter first, a swap of the first two letters included (فنس for نفس)', () => {
    expect(fuzzyTerms(['انس', 'فرس', 'نفس'], 'فنس', 1, 32)).toEqual(['فرس', 'نفس', 'انس']);
    expect(fuzzyTerms(['انس', 'فرس', 'نفس'], 'فنس', 1, 2)).toEqual(['فرس', 'نفس']);
  });

  it('never gives the word itself, nor anything for no allowance', () => {
    expect(fuzzyTerms(sorted, 'sam', 1, 32)).not.toContain('sam');
    expect(fuzzyTerms(sorted, 'lumpurz', 0, 32)).toEqual([]);
  });
});

describe('prefixTerms', () => {
  it('gives longer terms that start with the prefix, in sorted order', () => {
    expect(prefixTerms(sorted, 'lump', 32)).toEqual(['lumpur', 'lumpurs']);
    expect(prefixTerms(sorted, 'lumpur', 32)).toEqual(['lumpurs']);
  });
});

describe('nearTerms', () => {
  it('finds a word whose prefix was mistyped by its written form (ادتوفلو for التوفالو)', () => {
    const index = createTypoIndex(['توفالو', 'التوفالو'], ['توفالو', 'توفالو']);
    expect(nearTerms(index, 'ادتوفلو', 2, 32, 'ادتوفلو')).toEqual([{ term: 'توفالو', distance: 2 }]);
  });
});
