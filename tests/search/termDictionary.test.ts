import { describe, expect, it } from 'vitest';
import { prefixTerms } from '../../src/search/termDictionary.js';
import { random } from '../../bench/random.js';
import { createTypoIndex, deferTypoIndex, editDistance, filesTerm, nearTerms } from '../../src/search/typoIndex.js';

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

describe('filesTerm', () => {
  it('says whether a word is filed, as itself, not as one of its deletions', () => {
    const index = createTypoIndex(['الشمس', 'شمس', 'قمر'], undefined, (id) => id !== 2);
    expect(filesTerm(index, 'الشمس')).toBe(true);
    expect(filesTerm(index, 'شمس')).toBe(true);
    expect(filesTerm(index, 'لشمس')).toBe(false);
    // Not filed by the filter, though a term.
    expect(filesTerm(index, 'قمر')).toBe(false);
  });
});

describe('nearTerms', () => {
  it('finds a word whose prefix was mistyped by its written form (ادتوفلو for التوفالو)', () => {
    const index = createTypoIndex(['توفالو', 'التوفالو'], ['توفالو', 'توفالو']);
    expect(nearTerms(index, 'ادتوفلو', 2, 32, 'ادتوفلو')).toEqual([{ term: 'توفالو', distance: 2 }]);
  });

  it('checks the written form against a term the word itself met too far from it', () => {
    // abcdefgh and cdefghij share cdefgh (two deletions each) but are four edits apart.
    expect(nearTerms(createTypoIndex(['cdefghij']), 'abcdefgh', 2, 32, 'cdefghi')).toEqual([{ term: 'cdefghij', distance: 1 }]);
  });

  it('puts a word one slip from the word as written before words one slip from its short stem', () => {
    // وبيين stems to بي, one edit from با and بين; as written it is one swap from ويبين (stem يب).
    const index = createTypoIndex(['با', 'بين', 'ويبين'], ['با', 'بين', 'يب']);
    expect(nearTerms(index, 'بي', 1, 32, 'وبيين').map((near) => near.term)).toEqual(['يب', 'با', 'بين']);
    expect(nearTerms(index, 'بي', 1, 1, 'وبيين')).toEqual([{ term: 'يب', distance: 1 }]);
  });

  it('finds every term within the allowance, as a walk of all of them would, in a small index and a large one', () => {
    // 400 words file some 15,000 deletions (buckets written in one pass); 6,000 some 220,000
    // (more buckets than that: laid out by the radix sort).
    const next = random(7);
    const word = () => Array.from({ length: 5 + Math.floor(next() * 5) }, () => 'abcdefghij'[Math.floor(next() * 10)]).join('');
    for (const count of [400, 6000]) {
      const terms = [...new Set(Array.from({ length: count }, word))].sort();
      const index = createTypoIndex(terms);
      expect(index.offsets.length - 1 > 1 << 17, `${count} words`).toBe(count > 1000);
      for (let q = 0; q < 40; q++) {
        const typed = word();
        const walked = terms.filter((term) => term !== typed && editDistance(term, typed, 2) <= 2);
        expect(nearTerms(index, typed, 2, 1e6).map((near) => near.term).sort(), typed).toEqual(walked);
      }
    }
  });
});

describe('deferTypoIndex', () => {
  const next = random(11);
  const word = () => Array.from({ length: 4 + Math.floor(next() * 6) }, () => 'abcdefgh'[Math.floor(next() * 8)]).join('');

  it('walks the terms it files for the first eight passes, finding what the index finds, then builds the index', () => {
    const terms = [...new Set(Array.from({ length: 600 }, word))].sort();
    const stems = terms.map((term) => term.slice(0, -1));
    const files = (id: number) => id % 3 !== 0;
    let built = 0;
    const typos = deferTypoIndex(() => ({ terms, stems, files: (id) => (built++, files(id)) }));
    const index = createTypoIndex(terms, stems, files);
    for (let pass = 0; pass < 8; pass++) {
      const walk = typos.lookup();
      expect('filed' in walk, `pass ${pass}`).toBe(true);
      // Every other word two letters short of a term: two edits at the edge of the allowance.
      const typed = pass % 2 === 0 ? word() : terms[50 * pass]!.slice(2);
      expect(nearTerms(walk, typed, 2, 1e6), typed).toEqual(nearTerms(index, typed, 2, 1e6));
      expect(filesTerm(walk, terms[pass]!)).toBe(files(pass));
    }
    const filedOnce = built;
    expect(filedOnce).toBe(terms.length);
    expect('filed' in typos.lookup()).toBe(false);
    expect(typos.lookup()).toBe(typos.index());
    expect(Array.from(typos.index().hashes)).toEqual(Array.from(index.hashes));
    expect(filesTerm(typos.lookup(), terms[1]!)).toBe(true);
    expect(filesTerm(typos.lookup(), terms[0]!)).toBe(false);
  });

  it('meets two short words only where they share a letter, as the index does, which files no word with every letter deleted', () => {
    const typos = deferTypoIndex(() => ({ terms: ['a', 'b', 'ca', 'xy'], stems: ['a', 'b', 'ca', 'xy'] }));
    const index = createTypoIndex(['a', 'b', 'ca', 'xy']);
    for (const [typed, k] of [['c', 1], ['ab', 2], ['zz', 2], ['yx', 2]] as const) {
      const walked = nearTerms(typos.lookup(), typed, k, 32);
      expect(walked, typed).toEqual(nearTerms(index, typed, k, 32));
    }
    expect(nearTerms(typos.lookup(), 'c', 1, 32)).toEqual([{ term: 'ca', distance: 1 }]);
  });

  it('builds the index at once when it files more terms than a walk should read', () => {
    const terms = Array.from({ length: 5000 }, (_, i) => `w${i}`);
    const typos = deferTypoIndex(() => ({ terms, stems: terms }));
    expect('filed' in typos.lookup()).toBe(false);
  });
});

describe('createTypoIndex', () => {
  it('files each term under FNV-1a of the term and of every string up to two deletions give, as saved indexes hold them', () => {
    const fnv = (text: string) => {
      let hash = 0x811c9dc5 | 0;
      for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
      return hash;
    };
    const without = (word: string, ...at: number[]) => fnv([...word].filter((_, i) => !at.includes(i)).join(''));
    for (const word of ['a', 'ab', 'kuala', 'lumpur', 'الشمس', 'aab', 'abba', 'وبيين']) {
      const n = word.length;
      const want = new Set([fnv(word)]);
      if (n >= 2) for (let i = 0; i < n; i++) want.add(without(word, i));
      if (n >= 3) for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) want.add(without(word, i, j));
      expect(new Set(createTypoIndex([word]).hashes), word).toEqual(want);
    }
  });
});
