import { describe, expect, it } from 'vitest';
import { bundledData } from '../../src/data/bundled.js';
import { articleText } from '../_support/article.js';
import { checkTerms, getTerm, glossary, type Lang, type TermFinding } from '../../src/index.js';
import { createKnowledgeBase, type KnowledgeBaseData } from '../../src/schema/index.js';

const brief = (findings: readonly TermFinding[]) => findings.map((f) => [f.text, f.termId, f.status, f.form]);

/** A knowledge base whose glossary has English deprecated forms and an Arabic one with a hamza seat. */
const custom = () => {
  const data = structuredClone(bundledData) as KnowledgeBaseData;
  const rumour = data.glossary.find((t) => t.id === 'rumour-mill')!;
  rumour.forms.en = { preferred: 'rumour mill', admitted: [], deprecated: ['rumor mill'], article: [] };
  data.glossary.find((t) => t.id === 'ceo')!.forms.ar.deprecated.push('المسؤول الأول');
  return createKnowledgeBase(data);
};

describe('checkTerms', () => {
  it('finds a deprecated form with its offsets in the original text, prefix included', () => {
    const text = 'يجب فتح المصدر وليس بالتعهيد المفتوح.';
    const [finding, ...rest] = checkTerms(text, 'ar');
    expect(rest).toEqual([]);
    expect(finding).toEqual({
      start: 20,
      end: 36,
      text: 'بالتعهيد المفتوح',
      termId: 'open-sourcing',
      lang: 'ar',
      form: 'التعهيد المفتوح',
      status: 'deprecated',
      preferred: 'فتح المصدر',
      note: getTerm('open-sourcing')!.note,
    });
    expect(text.slice(finding!.start, finding!.end)).toBe(finding!.text);
  });

  it('points at the words as written, through diacritics, tatweel, emoji and other scripts before them', () => {
    const text = '🎉 Kimi K2 — «نص» ثم التَّعْهِيـــد   المفتوحُ، وبعده سوبر قويًا و«عامل التعريف»';
    const findings = checkTerms(text, 'ar');
    expect(brief(findings)).toEqual([
      ['التَّعْهِيـــد   المفتوحُ', 'open-sourcing', 'deprecated', 'التعهيد المفتوح'],
      ['سوبر قويًا', 'super-powerful', 'deprecated', 'سوبر قوي'],
      ['عامل التعريف', 'the-meta-factor', 'deprecated', 'عامل التعريف'],
    ]);
    for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.text);
  });

  it('folds ى/ي, hamza seats, the prefixes و ف ب ل ك ال لل and the accusative alif', () => {
    expect(brief(checkTerms('فالمضاربة والمضاربين وللمضاربين', 'ar'))).toEqual([
      ['فالمضاربة', 'speculation', 'deprecated', 'المضاربة'],
      ['والمضاربين', 'speculators', 'deprecated', 'المضاربين'],
      ['وللمضاربين', 'speculators', 'deprecated', 'المضاربين'],
    ]);
    expect(brief(checkTerms('هو يتولي الأمر', 'ar'))).toEqual([['يتولي', 'takes-on', 'deprecated', 'يتولى']]);
    expect(brief(custom().checkTerms('قال المسوول الأول', 'ar'))).toEqual([['المسوول الأول', 'ceo', 'deprecated', 'المسؤول الأول']]);
  });

  it('chooses, among forms that share a stem, the one spelt closest to the text', () => {
    // مضاربة (speculation) and المضاربين (speculators) stem alike.
    expect(brief(checkTerms('ومضاربة', 'ar'))).toEqual([['ومضاربة', 'speculation', 'deprecated', 'مضاربة']]);
  });

  it('finds in the article a form of every term it mistranslated, each pointing at the article’s words', () => {
    const findings = checkTerms(articleText, 'ar');
    const mistranslated = glossary.filter((t) => t.mistranslated).map((t) => t.id);
    expect(mistranslated.length).toBeGreaterThan(10);
    expect(mistranslated.filter((id) => !findings.some((f) => f.termId === id))).toEqual([]);
    for (const f of findings) expect(articleText.slice(f.start, f.end)).toBe(f.text);
  });

  it('tells a deprecated form from the preferred one when only the ending differs', () => {
    // Both stem to تريليون معلم; the plural is the error (singular after a trillion).
    expect(brief(checkTerms('نحو تريليون معلمات', 'ar'))).toEqual([['تريليون معلمات', 'trillion-parameters', 'deprecated', 'تريليون معلمات']]);
    expect(checkTerms('نحو تريليون معلمة', 'ar')).toEqual([]);
  });

  it('tells a deprecated form from the preferred one when only the definite article differs', () => {
    const data = structuredClone(bundledData) as KnowledgeBaseData;
    const forms = data.glossary.find((t) => t.id === 'high-risk-areas')!.forms.ar;
    forms.admitted = forms.admitted.filter((f) => f !== 'المجالات العالية الخطورة');
    forms.deprecated.push('المجالات العالية الخطورة');
    const kb = createKnowledgeBase(data);
    expect(brief(kb.checkTerms('ومراجعة المجالات العالية الخطورة والمجالات العالية الخطورة', 'ar'))).toEqual([
      ['المجالات العالية الخطورة', 'high-risk-areas', 'deprecated', 'المجالات العالية الخطورة'],
      ['والمجالات العالية الخطورة', 'high-risk-areas', 'deprecated', 'المجالات العالية الخطورة'],
    ]);
    expect(kb.checkTerms('ومراجعة المجالات عالية الخطورة ومجالات عالية الخطورة', 'ar')).toEqual([]);
  });

  it('folds English case, hyphens and plurals', () => {
    const kb = custom();
    expect(brief(kb.checkTerms('The Rumor-Mills turned; the rumour mill too.', 'en'))).toEqual([['Rumor-Mills', 'rumour-mill', 'deprecated', 'rumor mill']]);
    expect(kb.checkTerms('The Rumor-Mills', 'en')[0]).toMatchObject({ start: 4, end: 15, preferred: 'rumour mill' });
  });

  it('reports a form only the article uses for a term it mistranslated, as the article’s', () => {
    expect(checkTerms('They joined the AI arms, then left.', 'en')).toEqual([
      expect.objectContaining({ text: 'AI arms', termId: 'ai-arms-race', status: 'article', form: 'AI Arms', preferred: 'AI arms race' }),
    ]);
  });

  it.each([
    ['en', 'The AI arms race goes on.', 'a preferred form that holds the article’s form'],
    ['ar', 'قد يضر بمصداقيته.', 'a preferred form that holds an article form of another term'],
    ['ar', 'لم تحدد جدولًا زمنيًا بعد.', 'an article form that only inflects an admitted one'],
    ['ar', 'فقدت الشركة مصداقيته.', 'an article form of a term the article translated correctly'],
    ['ar', 'اختبارات السلامة في المجالات عالية الخطورة لنموذج مفتوح الأوزان', 'preferred forms'],
    ['ar', 'اختبارات أمان و سوء الاستخدام', 'admitted forms that the article uses too'],
    ['en', 'OpenAI delayed its open-weight model for safety tests.', 'English preferred forms'],
    ['ar', '', 'an empty text'],
  ] as [Lang, string, string][])('reports nothing in %s text with %j (%s)', (lang, text) => {
    expect(checkTerms(text, lang)).toEqual([]);
  });

  it('checks only the forms of the language asked for', () => {
    expect(checkTerms('AI arms', 'ar')).toEqual([]);
    expect(checkTerms('التعهيد المفتوح', 'en')).toEqual([]);
  });

  it('leaves out quoted forms with `skipQuoted`, and only closed quotations', () => {
    const text = 'كتب «التعهيد المفتوح» و“يرفع الحواجب” ثم التعهيد المفتوح و«عامل التعريف';
    expect(brief(checkTerms(text, 'ar')).map(([t]) => t)).toEqual(['التعهيد المفتوح', 'يرفع الحواجب', 'التعهيد المفتوح', 'عامل التعريف']);
    const skipped = checkTerms(text, 'ar', { skipQuoted: true });
    expect(skipped.map((f) => f.start)).toEqual([text.lastIndexOf('التعهيد'), text.indexOf('عامل')]);
  });

  it('finds every occurrence in a long text', () => {
    const text = 'التعهيد المفتوح. '.repeat(1000);
    const findings = checkTerms(text, 'ar');
    expect(findings).toHaveLength(1000);
    expect(findings[999]!.start).toBe(17 * 999);
  });

  it('returns frozen findings', () => {
    const findings = checkTerms('التعهيد المفتوح', 'ar');
    expect(Object.isFrozen(findings)).toBe(true);
    expect(Object.isFrozen(findings[0])).toBe(true);
  });

  it('throws a TypeError naming the function and the argument', () => {
    expect(() => checkTerms(5 as unknown as string, 'ar')).toThrow(new TypeError('checkTerms: text must be a string, got number 5'));
    expect(() => checkTerms('x', 'fr' as 'ar')).toThrow(/^checkTerms: lang must be one of 'ar', 'en', got "fr"/);
    expect(() => checkTerms('x', undefined as unknown as 'ar')).toThrow(/^checkTerms: lang must be one of 'ar', 'en', got undefined/);
    expect(() => checkTerms('x', 'ar', 'strict' as never)).toThrow(/^checkTerms: options must be an object/);
    expect(() => checkTerms('x', 'ar', { skipQuoted: 1 as unknown as boolean })).toThrow(/^checkTerms: options\.skipQuoted must be a boolean/);
  });
});
