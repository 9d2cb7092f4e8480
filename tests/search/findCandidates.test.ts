import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findCandidates, prepareSearch, sortShort, withinEdits } from '../../src/search/findCandidates.js';
import { buildSearchIndex, typoIndexOf } from '../../src/search/searchIndex.js';
import { createIndex } from '../../src/kbIndex.js';
import { bundledData } from '../../src/data/bundled.js';
import { readerQueries } from '../_support/readerQueries.js';
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

/** A knowledge base of the glossary terms given, and nothing else. */
const glossaryOf = (glossary: ReturnType<typeof syntheticTerm>[]) => createKnowledgeBase({ entities: [], events: [], quotes: [], glossary });
/** A knowledge base of glossary terms named by the strings given (Arabic names, English ids). */
const termsNamed = (names: readonly string[]) =>
  glossaryOf(names.map((name, i) => syntheticTerm(`t${i}`, { ar: [name], en: [`term ${i}`] }, { ar: 'تعريف', en: 'a definition' })));
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

describe('a name whose stem is the query (#10)', () => {
  it('names the query whole when they differ by proclitics only', () => {
    const kb = termsNamed(['وحرب المواهب الكبرى', 'حرب المواهب', 'تالين', 'التالتان']);
    expect(ids(kb, 'وحرب المواهب')[0]).toBe('t1');
    expect(kb.search('وحرب المواهب')[0]!.score).toBeGreaterThanOrEqual(1050);
    // تالين stems as التال does (ين off), but ends in its own letters: a word match, not a name.
    expect(kb.search('التال').find((hit) => hit.id === 't2')!.score).toBeLessThan(1050);
  });

  it('ranks it with the records that have the words when a pronoun or a derivation tells them apart, for any limit', () => {
    // وأبيه is "and his father", أب "father"; ثلجية "snowy", ثلج "snow": the names that have
    // the word as typed read the query best.
    const kb = termsNamed(['أب', 'وأمه وأبيه', 'رجل ثلج', 'جبل بقمة ثلجية']);
    for (const limit of [1, 10]) {
      expect(kb.search('وابيه', { limit }).map((hit) => hit.id)).toEqual(['t1', 't0'].slice(0, limit));
      expect(kb.search('ثلجيه', { limit })[0]!.id).toBe('t3');
    }
    expect(kb.search('وابيه')[1]!.score).toBeLessThan(1050);
  });

  it('ranks it as a record with every word in a name, however many records have the stem', () => {
    // 800 names with أب: more postings than one search reads.
    const kb = termsNamed([...Array.from({ length: 800 }, (_, i) => `أب رقم ${i}`), 'أب']);
    for (const limit of [1, 1000]) expect(kb.search('وابيه', { limit })[0]!.id).toBe('t800');
  });

  it('leaves the query to be read as a slip too, as a query that names no record whole', () => {
    // يضيفون is no يضيفان, though they stem alike; يضيفان is one slip from يريفان.
    expect(ids(termsNamed(['يضيفون', 'يريفان']), 'يضيفان')).toEqual(['t0', 't1']);
  });
});

describe('the last word as typed (#10)', () => {
  it('reads a name word that starts with it, proclitic and all, as half typed', () => {
    const kb = termsNamed(['قبرص', 'القبرصية']);
    expect(ids(kb, 'القبر')).toEqual(['t1', 't0']);
    expect(ids(kb, 'قبر')).toEqual(['t0', 't1']);
  });
});

describe('a last word the stemmer cannot complete (#10)', () => {
  it('completes as typed when typed through an ending the stemmer takes off', () => {
    // يكوون stems to يكو, which يكونون starts with; as typed it starts no word, and is one slip from يوكون.
    const kb = termsNamed(['ويكونون عليهم ضدا', 'توقيت يوكون']);
    expect(ids(kb, 'يكوون')[0]).toBe('t1');
    // فأبوا أن يضيفوهما does not start with يضيفان either.
    expect(ids(termsNamed(['فأبوا أن يضيفوهما', 'يريفان']), 'يضيفان')).toEqual(['t1']);
  });

  it('completes a word with a proclitic the stemmer leaves on as a word of a name as written, and without the proclitic', () => {
    const kb = termsNamed(['يمين', 'ويمحق الله الكافرين', 'الذكاء الاصطناعي', 'ذكر']);
    expect(ids(kb, 'ويم')[0]).toBe('t1');
    expect(ids(kb, 'بالذ')[0]).toBe('t2');
  });

  it('completes among other words, where a typo would also read', () => {
    const kb = termsNamed(['الذين ءامنوا بالحق', 'يثبت الله الذين ءامنوا بالقول الثابت']);
    expect(ids(kb, 'الذين ءامنوا بالق')[0]).toBe('t1');
  });

  it('leaves a whole word with a proclitic to its typos', () => {
    const kb = termsNamed(['ميدالية ذهبية', 'فرنك فرنسي ذهبي', 'ذهب']);
    expect(ids(kb, 'بذهبي')[0]).toBe('t1');
  });
});

describe('prepareSearch', () => {
  it('readies the words of names as written, which a search then reads without making them again', () => {
    const glossary = [syntheticTerm('t0', { ar: ['ويمحق الله الكافرين'], en: ['term'] }, { ar: 'تعريف', en: 'a definition' })];
    const built = buildSearchIndex(createIndex({ entities: [], events: [], quotes: [], glossary } as Parameters<typeof createIndex>[0]).records);
    let calls = 0;
    const index = { ...built, writtenWords: () => (calls++, built.writtenWords()) };
    prepareSearch(index);
    expect(calls).toBe(1);
    expect(findCandidates(index, 'ويم', { limit: 10 }).map((c) => c.doc)).toEqual([0]);
    expect(calls).toBe(1);
  });
});

describe('typo look-ups before the typo index is built', () => {
  it('find what the built index finds, for every reader query of the bundled article', () => {
    const { records } = createIndex(structuredClone(bundledData) as unknown as Parameters<typeof createIndex>[0]);
    const index = buildSearchIndex(records);
    // A typo index deferred anew for each look-up walks its words every time; the other is built.
    const walking = { ...index, typos: () => typoIndexOf(() => index).lookup() };
    const built = { ...index, typos: index.typoIndex };
    expect('filed' in walking.typos()).toBe(true);
    expect('filed' in built.typos()).toBe(false);
    const found = (search: typeof index, query: string) => findCandidates(search, query, { limit: 10 }).map(({ doc, coverage, tier, relevance }) => [doc, coverage, tier, relevance]);
    // And words of seven letters or more whose stem has one or two (two edits allowed).
    const queries = [...readerQueries(records), 'والنسيان', 'والففيه', 'كاليويون', 'وكفيهات'];
    expect(queries.length).toBeGreaterThan(1000);
    for (const query of queries) expect(found(walking, query), query).toEqual(found(built, query));
  });
});

describe('a word the index knows by its stem only (#10)', () => {
  it('reads a one-word query that no name writes, nor its stem any text, as a possible slip too', () => {
    const kb = termsNamed(['لا يضيف شيئا', 'يريفان', 'تطلع الشمس كل يوم', 'والشمع']);
    // يضيفان stems like يضيف; as written it is one slip from يريفان, found next.
    expect(ids(kb, 'يضيفان').slice(0, 2)).toEqual(['t0', 't1']);
    // والشمس is الشمس with و, as a name writes it: not a slip for والشمع.
    expect(ids(kb, 'والشمس')).toEqual(['t2']);
  });

  it('takes a word whose stem is in a text for a real word, not a slip', () => {
    const kb = glossaryOf([
      syntheticTerm('eclipse', { ar: ['كسوف'], en: ['eclipse'] }, { ar: 'احتجاب الشمس', en: 'the sun hidden' }),
      syntheticTerm('red-wax', { ar: ['الشمع الأحمر'], en: ['red wax'] }, { ar: 'مادة', en: 'a material' }),
    ]);
    expect(kb.search('الشمس').map((hit) => hit.id)).toEqual(['eclipse']);
  });

  it('looks up the typos of a word that stems like another, among records that have the other words', () => {
    // أكثره stems to أكثر, which t2 has with the other words; t1 has أكثرهم, one slip from it.
    const kb = termsNamed(['آمنا بالله إلا قليلا', 'وما يؤمن أكثرهم بالله إلا وهم مشركون', 'ولكن أكثر الناس لا يؤمنون بالله إلا قليلا']);
    expect(ids(kb, 'أكثره بالله إلا')).toEqual(['t2', 't1', 't0']);
  });

  it('reads the typos of such a word when the other word is too common to read (وبيين الله)', () => {
    const kb = termsNamed([...Array.from({ length: 900 }, (_, i) => `قال الله ${i}`), 'ويبين الله لكم الآيات', 'لا يشركون بي شيئا والله']);
    const hits = kb.search('وبيين الله');
    expect(hits.slice(0, 2).map((hit) => hit.id)).toEqual(['t901', 't900']);
    // t900 has both words: الله, probed once its typo ويبين found it.
    expect(hits[1]!.score).toBeGreaterThan(1000);
  });

  it('does not read a completion of the word as a slip of it too', () => {
    // النور completes نو (the stem of النو) and is one slip from النو as written: read as a
    // completion only, it scores as النووي does (names of one length), and data order decides.
    const kb = termsNamed(['حمض النووي', 'سورة النور']);
    const hits = kb.search('النو');
    expect(hits.map((hit) => hit.id)).toEqual(['t0', 't1']);
    expect(hits[0]!.score).toBe(hits[1]!.score);
  });

  it('takes no word of a query that names a record whole for a slip, and ranks slips below the words', () => {
    // حرب المواهب names a record whole; حرمه is one slip from حربه as written.
    const kb = termsNamed(['حرب المواهب', 'حرمه المواهب الكثيرة']);
    expect(kb.search('حرب المواهب').find((hit) => hit.id === 't1')?.score).toBeLessThan(1000);
    // حربه المواهب stems as حرب المواهب does, but حربه (his war) is no حرب: no name is the
    // query, and حربه may be a slip of حرمه, read below the record that has the words.
    const hits = kb.search('حربه المواهب');
    expect(hits.map((hit) => hit.id)).toEqual(['t0', 't1']);
    expect(hits[1]!.score).toBeLessThan(1010);
  });

  it('does not read a last word that completes to a name word as a slip', () => {
    // ميكرون stems to ميكر and completes to ميكرونيزيا; as written it is one slip from بيكرون.
    const kb = termsNamed(['علم ميكرونيزيا', 'علم بيكرون']);
    const hits = kb.search('علم ميكرون');
    expect(hits[0]?.id).toBe('t0');
    expect(hits.find((hit) => hit.id === 't1')?.score).toBeLessThan(1000);
  });

  it('lets no slip land on another word of the query, and ranks the records slips complete last', () => {
    const kb = glossaryOf([
      syntheticTerm('verse-55-12', { ar: ['والحب ذو العصف والريحان'], en: ['and grain'] }, { ar: 'سورة الرحمن', en: 'Surah Ar-Rahman' }),
      syntheticTerm('verse-55-1', { ar: ['الرحمن'], en: ['the most merciful'] }, { ar: 'سورة الرحمن', en: 'Surah Ar-Rahman' }),
      syntheticTerm('verse-1-3', { ar: ['الرحمن الرحيم'], en: ['the entirely merciful'] }, { ar: 'سورة الفاتحة', en: 'Surah Al-Fatihah' }),
    ]);
    // الريحان is two edits from الرحمن, which the query's other word reaches.
    const hits = kb.search('الريحان الرحمن');
    expect(hits[0]?.id).toBe('verse-55-12');
    expect(hits.slice(1).every((hit) => hit.score < 1000)).toBe(true);
  });
});

describe('what one search leaves for the next', () => {
  it('answers the same whatever was searched before, in this knowledge base or a larger one', () => {
    const small = createKnowledgeBase({ entities: [], events: [], quotes: [], glossary: [syntheticTerm('a', { ar: ['كتاب'], en: ['book'] }, { ar: 'كتاب', en: 'a book' })] });
    const large = createKnowledgeBase({
      entities: [],
      events: [],
      quotes: [],
      glossary: Array.from({ length: 300 }, (_, i) => syntheticTerm(`t${i}`, { ar: [`كتاب ${i}`], en: [`book ${i}`] }, { ar: 'كتاب', en: 'a book' })),
    });
    const fresh = [small.search('كتاب'), large.search('book', { limit: 300 }), small.search('book')].map((hits) => hits.map((hit) => [hit.id, hit.score]));
    // Record 0 of the large one was found just before: kept as found, it would hide the small one's only record.
    large.search('book 0');
    expect(small.search('كتاب').map((hit) => [hit.id, hit.score])).toEqual(fresh[0]);
    expect(large.search('book', { limit: 300 }).map((hit) => [hit.id, hit.score])).toEqual(fresh[1]);
    expect(small.search('book').map((hit) => [hit.id, hit.score])).toEqual(fresh[2]);
  });
});

describe('sortShort', () => {
  it('sorts as the native sort does, keeping equal items in their order', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ key: fc.integer({ min: 0, max: 3 }), at: fc.nat() }), { maxLength: 40 }), (items) => {
        const byKey = (a: { key: number }, b: { key: number }) => a.key - b.key;
        expect(sortShort([...items], byKey)).toEqual([...items].sort(byKey));
      }),
    );
  });
});
