import { describe, expect, it } from 'vitest';
import { withinEdits } from '../../src/search/findCandidates.js';
import { createKnowledgeBase } from '../../src/schema/index.js';
import { syntheticTerm } from '../../bench/generateKnowledgeBase.js';

describe('withinEdits', () => {
  it('counts a swap of two neighbouring letters as one edit', () => {
    expect(withinEdits('tallinn', 'talilnn', 1)).toBe(true);
    expect(withinEdits('الحديثة', 'الحدیثة'.replace('ی', 'ي'), 0)).toBe(true);
    expect(withinEdits('يستمعون', 'يستعمون', 1)).toBe(true);
  });

  it('refuses words further apart than the allowance', () => {
    expect(withinEdits('kuala', 'lumpur', 2)).toBe(false);
    expect(withinEdits('abc', 'abcdef', 2)).toBe(false);
    expect(withinEdits('ماراثي', 'داراثذ', 1)).toBe(false);
    expect(withinEdits('ماراثي', 'داراثذ', 2)).toBe(true);
  });
});

/** A knowledge base of glossary terms named by the strings given (Arabic names, English ids). */
const termsNamed = (names: readonly string[]) =>
  createKnowledgeBase({
    entities: [],
    events: [],
    quotes: [],
    glossary: names.map((name, i) => syntheticTerm(`t${i}`, { ar: [name], en: [`term ${i}`] }, { ar: 'تعريف', en: 'a definition' })),
  });
const ids = (kb: ReturnType<typeof termsNamed>, query: string) => kb.search(query).map((hit) => hit.id);

describe('how names read the query (P13)', () => {
  it('puts the name with the query words in a row first, reached through a typo', () => {
    const kb = termsNamed(['مستطيل عمودي ممتلئ', 'مستطيل ممتلئ كبير جدا', 'مربع ممتلئ']);
    expect(ids(kb, 'مستمطيل ممتلئ').slice(0, 2)).toEqual(['t1', 't0']);
  });

  it('reads a typo nearer as written first', () => {
    const kb = termsNamed(['كغلي الحميم', 'في سموم وحميم', 'صديق حميم']);
    expect(ids(kb, 'وحيمم')[0]).toBe('t1');
  });

  it('tries a known word that no record has with the others as a typo, however many records have the others', () => {
    const kb = termsNamed([...Array.from({ length: 300 }, (_, i) => `وما هو ${i}`), 'ونفس وما سواها', 'فنس', 'ونفس']);
    expect(ids(kb, 'وفنس وما')[0]).toBe('t300');
  });

  it('gives the same best hits for any limit while reading only the records that can be returned', () => {
    // 600 records share a word: more than the names read in one group.
    const kb = termsNamed(Array.from({ length: 600 }, (_, i) => `كتاب ${['أحمر', 'أزرق', 'كبير', 'صغير', 'جديد'][i % 5]} ${'ا'.repeat(i % 7)}رقم ${i}`));
    for (const query of ['كتب أزرق', 'كتاب', 'كتاپ']) {
      const all = kb.search(query, { limit: 600 }).map((hit) => [hit.id, hit.score]);
      expect(all.length).toBeGreaterThan(100);
      for (const k of [1, 3, 10, 60, 300]) expect(kb.search(query, { limit: k }).map((hit) => [hit.id, hit.score])).toEqual(all.slice(0, k));
    }
  });
});
