import ar from '../../locales/ar/glossary.json';
import en from '../../locales/en/glossary.json';
import { pairStrings } from '../_lib/pairStrings.js';
import type { Term, TermForms } from '../schema/term.js';
import { altmanPost, kimiK2Readme } from './outsideSources.js';

/** The strings of one term in one language (`locales/<lang>/glossary.json`). */
export interface TermStrings extends TermForms {
  definition: string;
  /** Where the article's form is a machine-translation error: what it should have said. */
  note?: string;
}

type TermFacts = Omit<Term, 'id' | 'forms' | 'definition' | 'note'>;


// A term whose article form is a machine-translation error is `mistranslated`, lists that
// form as deprecated, and says in its `note` what the Arabic says and what it should say.
const facts = {
  'open-weight-model': {
    mistranslated: true,
    partOfSpeech: 'noun-phrase',
    domain: 'artificial-intelligence',
    relatedTerms: ['open-weight', 'weights', 'open-source', 'model'],
    relatedEntities: ['openai-open-weight-model', 'kimi-k2', 'llama-3', 'gpt-oss', 'openai', 'meta'],
    sources: [
      { kind: 'article', paragraph: 4, excerpt: 'لإطلاق نموذج الوزن المفتوح' },
      { kind: 'article', paragraph: 12, excerpt: 'نموذج الوزن المفتوح الجديد' },
      { kind: 'article', paragraph: 2, excerpt: 'أول نظام رئيسي للوزن المفتوح' },
      { kind: 'article', paragraph: 18, excerpt: 'نماذج متزايدة للوزن مثل Llama 3' },
    ],
  },
  'open-weight': {
    mistranslated: false,
    partOfSpeech: 'adjective',
    domain: 'artificial-intelligence',
    relatedTerms: ['open-weight-model', 'weights', 'open-source', 'download'],
    relatedEntities: ['openai-open-weight-model'],
    sources: [
      { kind: 'article', paragraph: 8, excerpt: 'ماذا يعني “الوزن المفتوح”' },
      { kind: 'article', paragraph: 9, excerpt: 'نموذجًا على أنه “الوزن المفتوح”' },
    ],
  },
  'weights': {
    mistranslated: false,
    partOfSpeech: 'noun',
    domain: 'artificial-intelligence',
    relatedTerms: ['open-weight', 'parameters', 'brain-wiring', 'cannot-be-pulled-back'],
    relatedEntities: [],
    sources: [
      { kind: 'article', paragraph: 9, excerpt: '“الأوزان” هي ملايين القيم العددية' },
      { kind: 'article', paragraph: 3, excerpt: 'بمجرد خروج الأوزان ، لا يمكن سحبها' },
    ],
  },
  'open-source': {
    mistranslated: false,
    partOfSpeech: 'adjective',
    domain: 'software',
    relatedTerms: ['open-weight', 'open-sourcing', 'open-weight-model', 'cannot-be-pulled-back'],
    relatedEntities: ['open-source-community', 'meta', 'llama-3'],
    sources: [
      { kind: 'article', paragraph: 1, excerpt: 'نماذج مفتوحة المصدر مثل Llama 3' },
      { kind: 'article', paragraph: 2, excerpt: 'هذه هي طبيعة المصدر المفتوح' },
      { kind: 'article', paragraph: 18, excerpt: 'في قسم المصدر المفتوح' },
      { kind: 'article', paragraph: 22, excerpt: 'المجتمع المفتوح المصدر' },
    ],
  },
  'open-sourcing': {
    mistranslated: true,
    partOfSpeech: 'noun',
    domain: 'software',
    relatedTerms: ['open-source', 'innovation', 'misuse', 'misinformation', 'custom-versions'],
    relatedEntities: [],
    sources: [{ kind: 'article', paragraph: 10, excerpt: 'نماذج التعهيد المفتوح تسريع الابتكار' }],
  },
  'safety-tests': {
    mistranslated: false,
    partOfSpeech: 'noun-phrase',
    domain: 'ai-safety',
    relatedTerms: ['ai-safety', 'high-risk-areas', 'misuse'],
    relatedEntities: ['openai', 'sam-altman'],
    sources: [{ kind: 'article', paragraph: 5, excerpt: 'نحتاج إلى وقت لإجراء اختبارات أمان إضافية' }],
  },
  'high-risk-areas': {
    mistranslated: true,
    partOfSpeech: 'noun-phrase',
    domain: 'ai-safety',
    relatedTerms: ['safety-tests', 'ai-safety', 'misuse'],
    relatedEntities: ['openai', 'sam-altman'],
    sources: [
      { kind: 'article', paragraph: 5, excerpt: 'ومراجعة المناطق عالية الخطورة' },
      { kind: 'article', paragraph: 1, excerpt: 'الرئيس التنفيذي لشركة “المناطق عالية الخطورة”' },
    ],
  },
  'parameters': {
    mistranslated: false,
    partOfSpeech: 'noun',
    domain: 'artificial-intelligence',
    relatedTerms: ['weights', 'trillion-parameters', 'model'],
    relatedEntities: ['kimi-k2'],
    sources: [{ kind: 'article', paragraph: 12, excerpt: 'تريليون معلمات' }],
  },
  'chatbot': {
    mistranslated: false,
    partOfSpeech: 'noun',
    domain: 'artificial-intelligence',
    relatedTerms: ['productivity-tools', 'open-weight-model', 'developer'],
    relatedEntities: ['chatgpt', 'developers'],
    sources: [{ kind: 'article', paragraph: 9, excerpt: 'بدءًا من بناء chatbots' }],
  },
  'deepfake': {
    mistranslated: false,
    partOfSpeech: 'noun',
    domain: 'ai-safety',
    relatedTerms: ['malicious-applications', 'misuse', 'misinformation'],
    relatedEntities: [],
    sources: [{ kind: 'article', paragraph: 9, excerpt: 'إلى إنشاء DeepFakes' }],
  },
  'misuse': {
    mistranslated: false,
    partOfSpeech: 'noun',
    domain: 'ai-safety',
    relatedTerms: ['malicious-applications', 'deepfake', 'misinformation', 'open-sourcing'],
    relatedEntities: [],
    sources: [{ kind: 'article', paragraph: 10, excerpt: 'خطر سوء الاستخدام' }],
  },
  'misinformation': {
    mistranslated: false,
    partOfSpeech: 'noun',
    domain: 'media',
    relatedTerms: ['deepfake', 'misuse', 'open-sourcing'],
    relatedEntities: [],
    sources: [{ kind: 'article', paragraph: 10, excerpt: 'والمعلومات الخاطئة' }],
  },
  'model-leakage': {
    mistranslated: false,
    partOfSpeech: 'noun-phrase',
    domain: 'ai-safety',
    relatedTerms: ['weights', 'ai-safety', 'custom-versions', 'cannot-be-pulled-back'],
    relatedEntities: ['openai'],
    sources: [{ kind: 'article', paragraph: 10, excerpt: '“تسرب النموذج” يكثف' }],
  },
  'ai-safety': {
    mistranslated: false,
    partOfSpeech: 'noun-phrase',
    domain: 'ai-safety',
    relatedTerms: ['safety-tests', 'model-leakage', 'misuse', 'artificial-intelligence'],
    relatedEntities: ['openai'],
    sources: [{ kind: 'article', paragraph: 10, excerpt: 'النقد حول سلامة الذكاء الاصطناعى' }],
  },
  'retraining': {
    mistranslated: false,
    partOfSpeech: 'noun',
    domain: 'artificial-intelligence',
    relatedTerms: ['technical-issue', 'launch', 'on-the-table'],
    relatedEntities: ['openai-open-weight-model'],
    sources: [{ kind: 'article', paragraph: 21, excerpt: 'إذا كانت إعادة التدريب على الطاولة حقًا' }],
  },
  'talent-war': {
    mistranslated: false,
    partOfSpeech: 'noun-phrase',
    domain: 'technology-business',
    relatedTerms: ['poaching-talent', 'ai-arms-race', 'timeline'],
    relatedEntities: ['meta', 'openai', 'openai-researchers'],
    sources: [{ kind: 'article', paragraph: 18, excerpt: 'حرب المواهب حقيقية' }],
  },
  'ai-arms-race': {
    mistranslated: true,
    partOfSpeech: 'noun-phrase',
    domain: 'technology-business',
    relatedTerms: ['talent-war', 'poaching-talent', 'keep-at-bay'],
    relatedEntities: ['openai', 'meta', 'chinese-rivals'],
    sources: [{ kind: 'article', paragraph: 1, excerpt: 'سباق AI Arms الوحشي' }],
  },
  'coding-capabilities': {
    mistranslated: false,
    partOfSpeech: 'noun-phrase',
    domain: 'artificial-intelligence',
    relatedTerms: ['takes-on', 'model'],
    relatedEntities: ['kimi-k2', 'chatgpt'],
    sources: [{ kind: 'article', paragraph: 12, excerpt: 'بقدرات ترميز مثيرة للإعجاب' }],
  },
  'timeline': {
    mistranslated: false,
    partOfSpeech: 'noun',
    domain: 'technology-business',
    relatedTerms: ['release', 'launch', 'talent-war'],
    relatedEntities: ['openai'],
    sources: [
      { kind: 'article', paragraph: 21, excerpt: 'لم يقدم Openai جدولًا زمنيًا جديدًا' },
      { kind: 'article', paragraph: 18, excerpt: 'تؤثر على الجداول الزمنية' },
    ],
  },
  'artificial-intelligence': {
    mistranslated: false,
    partOfSpeech: 'noun',
    domain: 'artificial-intelligence',
    relatedTerms: ['model', 'ai-safety', 'ai-arms-race'],
    relatedEntities: ['ai-community'],
    sources: [
      { kind: 'article', paragraph: 2, excerpt: 'مجتمع الذكاء الاصطناعي' },
      { kind: 'article', paragraph: 9, excerpt: 'في الذكاء الاصطناعى' },
      { kind: 'article', paragraph: 19, excerpt: 'أدوات AI شفافة' },
    ],
  },
  'eating-its-lunch': {
    mistranslated: true,
    partOfSpeech: 'idiom',
    domain: 'general-language',
    relatedTerms: ['the-meta-factor', 'open-source', 'fall-behind'],
    relatedEntities: ['meta', 'openai'],
    sources: [{ kind: 'article', paragraph: 18, excerpt: 'يتناول فيه Meta غداءها' }],
  },
  'raising-eyebrows': {
    mistranslated: true,
    partOfSpeech: 'idiom',
    domain: 'general-language',
    relatedTerms: ['speculation', 'rumour-mill'],
    relatedEntities: ['ai-community'],
    sources: [{ kind: 'article', paragraph: 2, excerpt: 'يرفع الحواجب عبر مجتمع الذكاء الاصطناعي' }],
  },
  'go-to-platform': {
    mistranslated: true,
    partOfSpeech: 'noun-phrase',
    domain: 'technology-business',
    relatedTerms: ['modifiable', 'developer', 'open-source'],
    relatedEntities: ['meta', 'developers'],
    sources: [{ kind: 'article', paragraph: 19, excerpt: 'أصبح بالفعل منصة الانتقال للمطورين' }],
  },
  'wait-and-see': {
    mistranslated: true,
    partOfSpeech: 'idiom',
    domain: 'general-language',
    relatedTerms: ['timeline', 'speculation'],
    relatedEntities: ['open-source-community'],
    sources: [{ kind: 'article', paragraph: 22, excerpt: 'في وضع الانتظار والرؤية' }],
  },
  'poaching-talent': {
    mistranslated: true,
    partOfSpeech: 'noun-phrase',
    domain: 'technology-business',
    relatedTerms: ['talent-war', 'ai-arms-race'],
    relatedEntities: ['meta', 'openai', 'openai-researchers'],
    sources: [{ kind: 'article', paragraph: 1, excerpt: 'الذي كان يسلل بقوة موهبة Openai' }],
  },
  'the-meta-factor': {
    mistranslated: true,
    partOfSpeech: 'noun-phrase',
    domain: 'technology-business',
    relatedTerms: ['eating-its-lunch', 'talent-war', 'fall-behind'],
    relatedEntities: ['meta', 'mark-zuckerberg', 'llama-3'],
    sources: [{ kind: 'article', paragraph: 17, excerpt: 'عامل التعريف' }],
  },
  'rumour-mill': {
    mistranslated: false,
    partOfSpeech: 'noun-phrase',
    domain: 'media',
    relatedTerms: ['speculation', 'speculators', 'technical-issue'],
    relatedEntities: ['online-speculators', 'yuchen-jin'],
    sources: [{ kind: 'article', paragraph: 11, excerpt: 'دوامة الشائعات' }],
  },
  'speculators': {
    mistranslated: true,
    partOfSpeech: 'noun',
    domain: 'media',
    relatedTerms: ['speculation', 'rumour-mill', 'being-outshone'],
    relatedEntities: ['online-speculators', 'kimi-k2'],
    sources: [{ kind: 'article', paragraph: 13, excerpt: 'بعض المضاربين عبر الإنترنت' }],
  },
  'speculation': {
    mistranslated: true,
    partOfSpeech: 'noun',
    domain: 'media',
    relatedTerms: ['speculators', 'rumour-mill', 'timeline'],
    relatedEntities: ['openai'],
    sources: [{ kind: 'article', paragraph: 21, excerpt: 'هذا الصمت يزود بمضاربة' }],
  },
  'boasts': {
    mistranslated: true,
    partOfSpeech: 'verb',
    domain: 'general-language',
    relatedTerms: ['parameters', 'trillion-parameters'],
    relatedEntities: ['kimi-k2'],
    sources: [{ kind: 'article', paragraph: 12, excerpt: 'والذي يقال إنه يتسارع في ما يقرب من تريليون معلمات' }],
  },
  'startup': {
    mistranslated: true,
    partOfSpeech: 'noun',
    domain: 'technology-business',
    relatedTerms: ['artificial-intelligence'],
    relatedEntities: ['moonshot-ai', 'chinese-rivals'],
    sources: [{ kind: 'article', paragraph: 12, excerpt: 'من AI الصيني AI Moonshot AI' }],
  },
  'developer': {
    mistranslated: false,
    partOfSpeech: 'noun',
    domain: 'software',
    relatedTerms: ['download', 'modifiable', 'open-weight-model', 'go-to-platform'],
    relatedEntities: ['developers', 'yuchen-jin'],
    sources: [
      { kind: 'article', paragraph: 9, excerpt: 'المطورين أحرار في تنزيله' },
      { kind: 'article', paragraph: 12, excerpt: 'وفقًا للمطور' },
    ],
  },
  'release': {
    mistranslated: false,
    partOfSpeech: 'noun',
    domain: 'technology-business',
    relatedTerms: ['launch', 'timeline', 'open-weight-model'],
    relatedEntities: ['openai-open-weight-model', 'kimi-k2'],
    sources: [
      { kind: 'article', paragraph: 19, excerpt: 'من خلال تأخير هذا الإصدار' },
      { kind: 'article', paragraph: 12, excerpt: 'تم إصدار Kimi K2' },
    ],
  },
  'launch': {
    mistranslated: false,
    partOfSpeech: 'noun',
    domain: 'technology-business',
    relatedTerms: ['release', 'retraining', 'dent-credibility', 'timeline'],
    relatedEntities: ['openai-open-weight-model', 'openai'],
    sources: [
      { kind: 'article', paragraph: 4, excerpt: 'لقد خططنا لإطلاق نموذج الوزن المفتوح' },
      { kind: 'article', paragraph: 19, excerpt: 'تجنب الإطلاق المعيب' },
      { kind: 'article', paragraph: 21, excerpt: 'فيمكنها دفع الإطلاق بالقرب من الخريف' },
    ],
  },
  'productivity-tools': {
    mistranslated: false,
    partOfSpeech: 'noun-phrase',
    domain: 'software',
    relatedTerms: ['chatbot', 'developer'],
    relatedEntities: ['developers'],
    sources: [{ kind: 'article', paragraph: 9, excerpt: 'وأدوات الإنتاجية' }],
  },
  'custom-versions': {
    mistranslated: false,
    partOfSpeech: 'noun-phrase',
    domain: 'ai-safety',
    relatedTerms: ['model-leakage', 'modifiable', 'open-sourcing', 'misuse'],
    relatedEntities: [],
    sources: [{ kind: 'article', paragraph: 10, excerpt: 'والإصدارات المخصصة التي لا يمكن تعقبها' }],
  },
  'innovation': {
    mistranslated: false,
    partOfSpeech: 'noun',
    domain: 'technology-business',
    relatedTerms: ['open-sourcing', 'open-source'],
    relatedEntities: [],
    sources: [{ kind: 'article', paragraph: 10, excerpt: 'تسريع الابتكار' }],
  },
  'credibility': {
    mistranslated: false,
    partOfSpeech: 'noun',
    domain: 'technology-business',
    relatedTerms: ['dent-credibility', 'launch'],
    relatedEntities: ['openai'],
    sources: [{ kind: 'article', paragraph: 19, excerpt: 'على مصداقيته في لحظة حرجة' }],
  },
  'model': {
    mistranslated: false,
    partOfSpeech: 'noun',
    domain: 'artificial-intelligence',
    relatedTerms: ['weights', 'parameters', 'open-weight-model', 'artificial-intelligence'],
    relatedEntities: ['openai-open-weight-model', 'kimi-k2', 'llama-3'],
    sources: [
      { kind: 'article', paragraph: 2, excerpt: 'سيكون النموذج' },
      { kind: 'article', paragraph: 15, excerpt: 'النموذج أصغر بكثير من Kimi K2' },
    ],
  },
  'trillion-parameters': {
    mistranslated: true,
    partOfSpeech: 'noun-phrase',
    domain: 'artificial-intelligence',
    relatedTerms: ['parameters', 'boasts', 'model'],
    relatedEntities: ['kimi-k2'],
    sources: [
      { kind: 'article', paragraph: 12, excerpt: 'ما يقرب من تريليون معلمات' },
      kimiK2Readme,
    ],
  },
  'cannot-be-pulled-back': {
    mistranslated: false,
    partOfSpeech: 'verb-phrase',
    domain: 'ai-safety',
    relatedTerms: ['weights', 'open-source', 'model-leakage'],
    relatedEntities: ['sam-altman'],
    sources: [
      { kind: 'article', paragraph: 3, excerpt: 'لا يمكن سحبها' },
      { kind: 'article', paragraph: 2, excerpt: '“لا يمكن سحبها”' },
    ],
  },
  'technical-issue': {
    mistranslated: false,
    partOfSpeech: 'noun-phrase',
    domain: 'software',
    relatedTerms: ['retraining', 'launch', 'rumour-mill'],
    relatedEntities: ['yuchen-jin'],
    sources: [
      { kind: 'article', paragraph: 12, excerpt: 'قضية فنية رئيسية' },
      { kind: 'article', paragraph: 16, excerpt: 'لقد أدركوا مشكلة كبيرة قبل الإصدار' },
    ],
  },
  'super-powerful': {
    mistranslated: true,
    partOfSpeech: 'adjective',
    domain: 'general-language',
    relatedTerms: ['model', 'parameters'],
    relatedEntities: ['early-testers', 'yuchen-jin', 'openai-open-weight-model'],
    sources: [
      { kind: 'article', paragraph: 12, excerpt: 'ولكن لا يزال “قويًا للغاية”' },
      { kind: 'article', paragraph: 15, excerpt: 'سوبر قوي' },
    ],
  },
  'takes-on': {
    mistranslated: true,
    partOfSpeech: 'verb',
    domain: 'general-language',
    relatedTerms: ['coding-capabilities', 'being-outshone'],
    relatedEntities: ['kimi-k2', 'chatgpt'],
    sources: [{ kind: 'article', paragraph: 12, excerpt: 'الذي يتولى ChatGpt' }],
  },
  'being-outshone': {
    mistranslated: true,
    partOfSpeech: 'verb-phrase',
    domain: 'general-language',
    relatedTerms: ['speculators', 'takes-on'],
    relatedEntities: ['kimi-k2', 'openai', 'online-speculators'],
    sources: [{ kind: 'article', paragraph: 13, excerpt: 'وخوف من التغلب على ذلك' }],
  },
  'fall-behind': {
    mistranslated: true,
    partOfSpeech: 'verb-phrase',
    domain: 'technology-business',
    relatedTerms: ['eating-its-lunch', 'the-meta-factor', 'ai-arms-race'],
    relatedEntities: ['openai', 'meta'],
    sources: [{ kind: 'article', paragraph: 19, excerpt: 'يخاطر أيضًا بالانخفاض وراء Meta' }],
  },
  'dent-credibility': {
    mistranslated: true,
    partOfSpeech: 'verb-phrase',
    domain: 'technology-business',
    relatedTerms: ['credibility', 'launch'],
    relatedEntities: ['openai'],
    sources: [{ kind: 'article', paragraph: 19, excerpt: 'قد يتناثر على مصداقيته' }],
  },
  'keep-at-bay': {
    mistranslated: true,
    partOfSpeech: 'idiom',
    domain: 'general-language',
    relatedTerms: ['ai-arms-race', 'fall-behind'],
    relatedEntities: ['chinese-rivals', 'openai'],
    sources: [{ kind: 'article', paragraph: 22, excerpt: 'والحفاظ على المنافسين الصينيين' }],
  },
  'get-it-right': {
    mistranslated: true,
    partOfSpeech: 'idiom',
    domain: 'general-language',
    relatedTerms: ['launch', 'safety-tests'],
    relatedEntities: ['openai', 'sam-altman'],
    sources: [
      { kind: 'article', paragraph: 22, excerpt: 'هل يمكنهم الحصول عليها مباشرة' },
      altmanPost,
    ],
  },
  'malicious-applications': {
    mistranslated: false,
    partOfSpeech: 'noun-phrase',
    domain: 'ai-safety',
    relatedTerms: ['deepfake', 'misuse', 'chatbot'],
    relatedEntities: ['developers'],
    sources: [{ kind: 'article', paragraph: 9, excerpt: 'والتطبيقات الضارة الأخرى' }],
  },
  'brain-wiring': {
    mistranslated: false,
    partOfSpeech: 'noun-phrase',
    domain: 'artificial-intelligence',
    relatedTerms: ['weights', 'model'],
    relatedEntities: [],
    sources: [{ kind: 'article', paragraph: 9, excerpt: 'مثل الأسلاك الدماغية للنموذج' }],
  },
  'ceo': {
    mistranslated: false,
    partOfSpeech: 'noun',
    domain: 'technology-business',
    relatedTerms: [],
    relatedEntities: ['sam-altman', 'openai'],
    sources: [{ kind: 'article', paragraph: 1, excerpt: 'أعلن الرئيس التنفيذي سام ألتمان' }],
  },
  'download': {
    mistranslated: false,
    partOfSpeech: 'verb',
    domain: 'software',
    relatedTerms: ['weights', 'developer', 'open-weight'],
    relatedEntities: ['developers'],
    sources: [
      { kind: 'article', paragraph: 2, excerpt: 'أحرارًا في تنزيل واستخدام' },
      { kind: 'article', paragraph: 9, excerpt: 'أحرار في تنزيله' },
    ],
  },
  'modifiable': {
    mistranslated: false,
    partOfSpeech: 'adjective',
    domain: 'software',
    relatedTerms: ['custom-versions', 'open-weight', 'go-to-platform'],
    relatedEntities: ['meta'],
    sources: [{ kind: 'article', paragraph: 19, excerpt: 'أدوات AI شفافة وقابلة للتعديل' }],
  },
  'on-the-table': {
    mistranslated: false,
    partOfSpeech: 'idiom',
    domain: 'general-language',
    relatedTerms: ['retraining'],
    relatedEntities: [],
    sources: [{ kind: 'article', paragraph: 21, excerpt: 'إعادة التدريب على الطاولة' }],
  },
} satisfies Record<string, TermFacts>;

/** The id of a bundled glossary term. */
export type TermId = keyof typeof facts;

const strings = { ar: ar satisfies Record<TermId, TermStrings>, en: en satisfies Record<TermId, TermStrings> };

/** The bundled glossary: facts joined with their strings (not yet frozen). */
export const termRecords: Term[] = /*@__PURE__*/ Object.entries(facts).map(([id, fact]) => {
  const a = strings.ar[id as TermId];
  const e = strings.en[id as TermId];
  const { pair, optional } = pairStrings<TermStrings>(a, e);
  const forms = (s: TermStrings): TermForms => ({ preferred: s.preferred, admitted: s.admitted, deprecated: s.deprecated, article: s.article });
  return { id, ...fact, forms: { ar: forms(a), en: forms(e) }, definition: pair('definition'), ...optional('note') };
});
