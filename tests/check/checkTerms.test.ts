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
      preferred: 'إتاحة مصدر النماذج',
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
    // Preferred «المجالات العالية الخطورة» (D36); admitted «مجالات عالية الخطورة» lacks ال on the noun only.
    const data = structuredClone(bundledData) as KnowledgeBaseData;
    const forms = data.glossary.find((t) => t.id === 'high-risk-areas')!.forms.ar;
    expect(forms.preferred).toBe('المجالات العالية الخطورة');
    forms.admitted = forms.admitted.filter((f) => f !== 'المجالات عالية الخطورة');
    forms.deprecated.push('المجالات عالية الخطورة');
    const kb = createKnowledgeBase(data);
    expect(brief(kb.checkTerms('ومراجعة المجالات عالية الخطورة والمجالات عالية الخطورة', 'ar'))).toEqual([
      ['المجالات عالية الخطورة', 'high-risk-areas', 'deprecated', 'المجالات عالية الخطورة'],
      ['والمجالات عالية الخطورة', 'high-risk-areas', 'deprecated', 'المجالات عالية الخطورة'],
    ]);
    expect(kb.checkTerms('ومراجعة المجالات العالية الخطورة ومجالات عالية الخطورة', 'ar')).toEqual([]);
  });

  it('reports no form inside a longer form to use, of the same term or another', () => {
    // A glossary that deprecates the singular «الوزن المفتوح» but admits «نموذج الوزن المفتوح».
    const data = structuredClone(bundledData) as KnowledgeBaseData;
    const forms = data.glossary.find((t) => t.id === 'open-weight')!.forms.ar;
    forms.admitted = forms.admitted.filter((f) => f !== 'الوزن المفتوح');
    forms.deprecated.push('الوزن المفتوح');
    const kb = createKnowledgeBase(data);
    expect(brief(kb.checkTerms('هذه طبيعة الوزن المفتوح', 'ar'))).toEqual([['الوزن المفتوح', 'open-weight', 'deprecated', 'الوزن المفتوح']]);
    expect(kb.checkTerms('أطلقت نموذج الوزن المفتوح ونماذج ذات الوزن المفتوح', 'ar')).toEqual([]);
  });

  it('folds English case, hyphens and plurals', () => {
    const kb = custom();
    expect(brief(kb.checkTerms('The Rumor-Mills turned; the rumour mill too.', 'en'))).toEqual([['Rumor-Mills', 'rumour-mill', 'deprecated', 'rumor mill']]);
    expect(kb.checkTerms('The Rumor-Mills', 'en')[0]).toMatchObject({ start: 4, end: 15, preferred: 'rumour mill' });
  });

  it('reports a form only the article uses for a term it mistranslated, as the article’s', () => {
    // The article left the English word in its Arabic (D30): an Arabic text is checked for it.
    expect(checkTerms('بدءًا من بناء chatbots وأدوات الإنتاجية', 'ar')).toEqual([
      expect.objectContaining({ text: 'chatbots', termId: 'chatbot', lang: 'ar', status: 'article', form: 'chatbots', preferred: 'روبوت الدردشة' }),
    ]);
    expect(brief(checkTerms('إلى إنشاء Deepfakes', 'ar'))).toEqual([['Deepfakes', 'deepfake', 'article', 'DeepFakes']]);
  });

  it.each([
    ['en', 'The AI arms race goes on.', 'a preferred form that holds words the article left in English'],
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
    expect(custom().checkTerms('the rumor mill', 'ar')).toEqual([]);
    expect(checkTerms('التعهيد المفتوح', 'en')).toEqual([]);
    // English the article left in its Arabic is an error of Arabic text only.
    expect(checkTerms('chatbots and DeepFakes made with AI', 'en')).toEqual([]);
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
