import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, search } from '../../src/index.js';

const top = (query: string, options?: Parameters<typeof search>[1]) => search(query, options)[0]?.id;

describe('search', () => {
  it.each([
    ['سام ألتمان', 'the name as the article writes it in P1'],
    ['سام التمان', 'the spelling of P7'],
    ['ألتمان', 'the family name alone'],
    ['التمان', 'without hamza'],
    ['Altman', 'the English name'],
    ['altman', 'lower case'],
    ['@sama', 'the X handle with @'],
    ['sama', 'the X handle without @'],
    ['Altmn', 'a typo'],
  ])('finds Sam Altman from %j (%s)', (query) => expect(top(query)).toBe('sam-altman'));

  it.each([
    ['Openai', 'openai'],
    ['OpenAI', 'openai'],
    ['open ai', 'openai'],
    ['كيمي', 'kimi-k2'],
    ['Kimi K2', 'kimi-k2'],
    ['ChatGpt', 'chatgpt'],
    ['Meta', 'meta'],
    ['ميتا', 'meta'],
    ['زوكربيرج', 'mark-zuckerberg'],
    ['زوكربيرغ', 'mark-zuckerberg'],
    ['Zuckerberg', 'mark-zuckerberg'],
    ['يوشن جين', 'yuchen-jin'],
  ])('finds the entity of %j', (query, id) => expect(top(query, { kinds: ['entity'] })).toBe(id));

  it('finds ألتمان when the reader types altman in Latin script', () => {
    expect(search('altman', { kinds: ['entity'] })[0]?.label.ar).toBe('سام ألتمان');
  });

  it('falls back to a sound-alike across scripts when no spelling is close enough', () => {
    expect(top('Zakarberg')).toBe('mark-zuckerberg');
  });

  it.each([
    ['الذكاء الاصطناعى', 'artificial-intelligence', 'ى for ي, as the article writes it'],
    ['بالذكاء الاصطناعي', 'artificial-intelligence', 'a بال prefix'],
    ['وحرب المواهب', 'talent-war', 'a و prefix'],
    ['الأَوْزَان', 'weights', 'harakat'],
    ['الـأوزان', 'weights', 'tatweel'],
    ['\u200Fالأوزان\u200E', 'weights', 'bidi marks'],
    ['التعهيد المفتوح', 'open-sourcing', 'the machine translation’s error'],
    ['open-weight', 'open-weight', 'a hyphen'],
    ['open weight', 'open-weight', 'a space for the hyphen'],
    ['deepfakes', 'deepfake', 'a plural'],
    ['DeepFakes', 'deepfake', 'the article’s casing'],
    ['chatbots', 'chatbot', 'the article’s English word'],
    ['talent wars', 'talent-war', 'an English plural'],
    ['misinformaton', 'misinformation', 'an English typo'],
  ])('finds the term of %j (%s)', (query, id) => expect(top(query, { kinds: ['term'] })).toBe(id));

  it('finds a term from a word with the لل prefix', () => {
    expect(search('للنموذج', { kinds: ['term'] }).map((hit) => hit.id)).toContain('model');
  });

  it('ranks an exact name before a record that only mentions the word', () => {
    const hits = search('Meta');
    expect(hits[0]?.id).toBe('meta');
    expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
  });

  it('ranks records covering more of a multi-word query first', () => {
    const [first] = search('Kimi Moonshot');
    const text = JSON.stringify(first?.record).toLowerCase();
    expect(text).toContain('kimi');
    expect(text).toContain('moonshot');
  });

  it('orders hits by score, deterministically', () => {
    const hits = search('OpenAI', { limit: 50 });
    expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => b - a));
    expect(search('OpenAI', { limit: 50 }).map((h) => h.id)).toEqual(hits.map((h) => h.id));
  });

  it('returns well-formed, frozen hits with bilingual labels', () => {
    const hits = search('نموذج');
    expect(hits.length).toBeGreaterThan(0);
    expect(Object.isFrozen(hits)).toBe(true);
    for (const hit of hits) {
      expect(Object.isFrozen(hit)).toBe(true);
      expect(hit.label.ar).toBeTruthy();
      expect(hit.label.en).toBeTruthy();
      expect(hit.record.id).toBe(hit.id);
    }
  });

  it('honours kinds, limit and lang', () => {
    expect(search('OpenAI', { kinds: ['event'] }).every((h) => h.kind === 'event')).toBe(true);
    expect(search('OpenAI', { limit: 3 })).toHaveLength(3);
    expect(search('weights', { lang: 'en', kinds: ['term'] })[0]?.id).toBe('weights');
    expect(search('weights', { lang: 'ar', kinds: ['term'] })).toEqual([]);
    expect(search('الأوزان', { lang: 'ar', kinds: ['term'] })[0]?.id).toBe('weights');
  });

  it.each(['', '   ', '\u200F', '؟!…', '\u0640\u064E'])('returns [] for the blank query %j', (query) => {
    expect(search(query)).toEqual([]);
  });

  it(`reads only the first ${MAX_QUERY_LENGTH} characters of a long query`, () => {
    const long = `Altman ${'x'.repeat(10_000)}`;
    expect(search(long).map((h) => h.id)).toEqual(search(long.slice(0, MAX_QUERY_LENGTH)).map((h) => h.id));
  });

  it('throws a TypeError naming the function for wrong types', () => {
    expect(() => search(1 as unknown as string)).toThrow(/^search: query must be a string/);
    expect(() => search('x', 'ar' as never)).toThrow(/^search: options must be an object/);
    expect(() => search('x', { limit: 0 })).toThrow(/^search: options.limit/);
    expect(() => search('x', { limit: 2.5 })).toThrow(/^search: options.limit/);
    expect(() => search('x', { kinds: ['person' as 'entity'] })).toThrow(/^search: options.kinds/);
    expect(() => search('x', { lang: 'fr' as 'ar' })).toThrow(/^search: options.lang/);
  });
});
