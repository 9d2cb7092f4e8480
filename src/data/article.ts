import ar from '../../locales/ar/article.json';
import en from '../../locales/en/article.json';
import type { Article, ArticleParagraph, TranslationNote } from '../schema/article.js';
import { englishOriginal } from './outsideSources.js';

/** The strings of the article record in one language (`locales/<lang>/article.json`). */
export interface ArticleStrings {
  title: string;
  note: string;
  translationNotes: Record<TranslationNoteId, string>;
}

// Every line of the Arabic article, verbatim (machine-translation errors included); a test
// checks each against tests/fixtures/article.ar.txt. P16 ends the embedded post with its byline.
const paragraphs = [
  { paragraph: 1, role: 'body', text: 'أوضح سام ألتمان ، الرئيس التنفيذي لشركة “المناطق عالية الخطورة” ، أعلن الرئيس التنفيذي سام ألتمان على X (تويتر). يهبط القرار في وسط سباق AI Arms الوحشي ، وخاصة مع Meta ، الذي كان يسلل بقوة موهبة Openai ويدافع عن نماذج مفتوحة المصدر مثل Llama 3.' },
  { paragraph: 2, role: 'body', text: 'سيكون النموذج ، الذي كان من المقرر أن ينزل هذا الأسبوع ، أول نظام رئيسي للوزن المفتوح في Openai ، مما يعني أن المطورين سيكونون أحرارًا في تنزيل واستخدام الرمز الأساسي للأوزان والبيانات لبناء تطبيقاتهم أو مشاريعهم البحثية الخاصة. ولكن كما أشار Altman ، بمجرد إطلاق هذه النماذج ، “لا يمكن سحبها”. هذه هي طبيعة المصدر المفتوح ، وهذا هو بالضبط السبب في أن هذا التأخير يرفع الحواجب عبر مجتمع الذكاء الاصطناعي.' },
  { paragraph: 3, role: 'body', text: 'كتب Altman على X (سابقًا Twitter) في 11 يوليو: “بينما نثق في أن المجتمع سيبني أشياء رائعة مع هذا النموذج ، بمجرد خروج الأوزان ، لا يمكن سحبها.' },
  { paragraph: 4, role: 'embedded-post', text: 'لقد خططنا لإطلاق نموذج الوزن المفتوح الأسبوع المقبل.' },
  { paragraph: 5, role: 'embedded-post', text: 'نحن نؤخر ذلك. نحتاج إلى وقت لإجراء اختبارات أمان إضافية ومراجعة المناطق عالية الخطورة. لسنا متأكدين بعد المدة التي سيستغرقها الأمر.' },
  { paragraph: 6, role: 'embedded-post', text: 'بينما نثق في أن المجتمع سيبني أشياء رائعة مع هذا النموذج ، بمجرد أن تكون الأوزان …' },
  { paragraph: 7, role: 'post-attribution', text: '– سام التمان (sama) 12 يوليو 2025' },
  { paragraph: 8, role: 'heading', text: 'ماذا يعني “الوزن المفتوح” ، ولماذا يهم؟' },
  { paragraph: 9, role: 'body', text: 'في الذكاء الاصطناعى ، “الأوزان” هي ملايين القيم العددية التي تتصرف مثل الأسلاك الدماغية للنموذج ، مما يسمح لها باتخاذ الاتصالات والقرارات. عندما تصدر الشركة نموذجًا على أنه “الوزن المفتوح” ، فإنها لا تشارك مخططًا فقط ؛ إنه يتخلى عن الدماغ يعمل بكامل طاقته. المطورين أحرار في تنزيله ، وتعديله ، واستخدامه في كل شيء بدءًا من بناء chatbots وأدوات الإنتاجية إلى إنشاء DeepFakes والتطبيقات الضارة الأخرى.' },
  { paragraph: 10, role: 'body', text: 'نماذج التعهيد المفتوح تسريع الابتكار ، ولكنها تثير أيضًا خطر سوء الاستخدام والمعلومات الخاطئة والإصدارات المخصصة التي لا يمكن تعقبها. لهذا السبب ، فإن قرار التأخير ، مع إحباطه للكثيرين ، يشير إلى أن Openai يحاول السير بحذر ، خاصة وأن النقد حول سلامة الذكاء الاصطناعى و “تسرب النموذج” يكثف.' },
  { paragraph: 11, role: 'heading', text: 'دوامة الشائعات: ما هو السبب الحقيقي للتأخير؟' },
  { paragraph: 12, role: 'body', text: 'وفقًا للمطور ، قد يكون التأخير قد نجم عن قضية فنية رئيسية تم اكتشافها قبل الإطلاق. كان من المتوقع أن يكون النموذج المشاع أصغر من Kimi K2-نموذج الوزن المفتوح الجديد من AI الصيني AI Moonshot AI والذي يقال إنه يتسارع في ما يقرب من تريليون معلمات-ولكن لا يزال “قويًا للغاية” ، وفقًا للمختبرين الأوائل. تم إصدار Kimi K2 ، الذي يتولى ChatGpt بقدرات ترميز مثيرة للإعجاب بسعر أقل ، في 11 يوليو ، في نفس اليوم الذي أعلن فيه Altman.' },
  { paragraph: 13, role: 'body', text: 'في حين أن بعض المضاربين عبر الإنترنت ألقى اللوم على التأخير في أداء كيمي القوي بشكل غير متوقع وخوف من التغلب على ذلك ، لا يوجد تأكيد لذلك من Openai. ما هو واضح هو أن الشركة تشعر بالضغط من أجل تقديم شيء آمن وسريع وتنافسي.' },
  { paragraph: 14, role: 'embedded-post', text: 'إن الشائعات التي تفيد بأن Openai قد تأخر نموذجها المفتوح بسبب Kimi ، ولكن من ما أسمع:' },
  { paragraph: 15, role: 'embedded-post', text: '– النموذج أصغر بكثير من Kimi K2 ( – سوبر قوي' },
  { paragraph: 16, role: 'embedded-post', text: '– ولكن بسبب بعض (سخيف بصراحة) السبب لا أستطيع القول ، لقد أدركوا مشكلة كبيرة قبل الإصدار ، لذلك …– يوشن جين (yuchenj_uw) 13 يوليو 2025' },
  { paragraph: 17, role: 'heading', text: 'عامل التعريف' },
  { paragraph: 18, role: 'body', text: 'يأتي تأخير Openai في وقت يتناول فيه Meta غداءها ، على الأقل في قسم المصدر المفتوح. أصدرت شركة Mark Zuckerberg نماذج متزايدة للوزن مثل Llama 3 ، وكلها أثناء توظيف باحثين Openai بهدوء. حرب المواهب حقيقية ، وهي تؤثر على الجداول الزمنية والاستراتيجية في جميع المجالات.' },
  { paragraph: 19, role: 'body', text: 'من خلال تأخير هذا الإصدار ، قد يكون Openai يأمل في تجنب الإطلاق المعيب الذي قد يتناثر على مصداقيته في لحظة حرجة. لكنه يخاطر أيضًا بالانخفاض وراء Meta ، والذي أصبح بالفعل منصة الانتقال للمطورين الذين يتطلعون إلى البناء باستخدام أدوات AI شفافة وقابلة للتعديل.' },
  { paragraph: 20, role: 'heading', text: 'ماذا بعد؟' },
  { paragraph: 21, role: 'body', text: 'لم يقدم Openai جدولًا زمنيًا جديدًا للإصدار. هذا الصمت يزود بمضاربة أن التأخير قد يستمر في الأسابيع. إذا كانت إعادة التدريب على الطاولة حقًا ، فيمكنها دفع الإطلاق بالقرب من الخريف.' },
  { paragraph: 22, role: 'body', text: 'في الوقت الحالي ، فإن المجتمع المفتوح المصدر في وضع الانتظار والرؤية. والسؤال المعلق فوق كل شيء: هل يمكن لـ Openai تقديم نموذج قوي وآمن وتنافسي بما يكفي لمطابقة زخم Meta والحفاظ على المنافسين الصينيين؟ بمعنى آخر ، هل يمكنهم الحصول عليها مباشرة قبل أن يفعل شخص آخر؟' },
] as const satisfies readonly ArticleParagraph[];

// The machine-translation errors that are not a glossary term's own form (D28, D29; F07).
const notes = [
  { id: 'p1-garbled-opening', paragraph: 1, kind: 'mistranslation', excerpt: 'أوضح سام ألتمان ، الرئيس التنفيذي لشركة “المناطق عالية الخطورة” ، أعلن الرئيس التنفيذي سام ألتمان', terms: ['high-risk-areas', 'ceo'] },
  { id: 'p1-omissions', paragraph: 1, kind: 'omission', excerpt: 'أعلن الرئيس التنفيذي سام ألتمان على X (تويتر)', terms: ['safety-tests', 'delay'] },
  { id: 'p1-decision-lands', paragraph: 1, kind: 'mistranslation', excerpt: 'يهبط القرار في وسط سباق', terms: ['ai-arms-race'] },
  { id: 'p2-slated-to-drop', paragraph: 2, kind: 'mistranslation', excerpt: 'كان من المقرر أن ينزل هذا الأسبوع', terms: ['release', 'launch'] },
  { id: 'p2-commercial-tools', paragraph: 2, kind: 'omission', excerpt: 'لبناء تطبيقاتهم أو مشاريعهم البحثية الخاصة', terms: [] },
  { id: 'p3-dropped-sentence', paragraph: 3, kind: 'omission', excerpt: 'بمجرد خروج الأوزان ، لا يمكن سحبها.', terms: ['get-it-right'] },
  { id: 'p3-build-with', paragraph: 3, kind: 'mistranslation', excerpt: 'سيبني أشياء رائعة مع هذا النموذج', terms: [] },
  { id: 'p4-our-model', paragraph: 4, kind: 'mistranslation', excerpt: 'لقد خططنا لإطلاق نموذج الوزن المفتوح الأسبوع المقبل.', terms: ['open-weight-model'] },
  { id: 'p9-gender-and-brain', paragraph: 9, kind: 'grammar', excerpt: 'فإنها لا تشارك مخططًا فقط ؛ إنه يتخلى عن الدماغ يعمل بكامل طاقته', terms: ['blueprint', 'open-weight'] },
  { id: 'p9-case-error', paragraph: 9, kind: 'grammar', excerpt: 'المطورين أحرار', terms: ['developer'] },
  { id: 'p10-verbless', paragraph: 10, kind: 'grammar', excerpt: 'نماذج التعهيد المفتوح تسريع الابتكار', terms: ['open-sourcing', 'innovation'] },
  { id: 'p10-intensifies', paragraph: 10, kind: 'grammar', excerpt: 'النقد حول سلامة الذكاء الاصطناعى و “تسرب النموذج” يكثف', terms: ['ai-safety', 'model-leakage'] },
  { id: 'p12-one-developer', paragraph: 12, kind: 'mistranslation', excerpt: 'وفقًا للمطور', terms: ['developer'] },
  { id: 'p12-rumoured-model', paragraph: 12, kind: 'mistranslation', excerpt: 'النموذج المشاع', terms: [] },
  { id: 'p12-garbled-startup', paragraph: 12, kind: 'mistranslation', excerpt: 'من AI الصيني AI Moonshot AI', terms: ['artificial-intelligence', 'startup'] },
  { id: 'p13-blame', paragraph: 13, kind: 'mistranslation', excerpt: 'ألقى اللوم على التأخير في أداء كيمي', terms: ['delay', 'speculators'] },
  { id: 'p14-no-predicate', paragraph: 14, kind: 'grammar', excerpt: 'إن الشائعات التي تفيد بأن Openai قد تأخر نموذجها المفتوح بسبب Kimi', terms: ['delay'] },
  { id: 'p15-lost-parenthesis', paragraph: 15, kind: 'omission', excerpt: 'Kimi K2 ( –', terms: ['trillion-parameters'] },
  { id: 'p16-some-reason', paragraph: 16, kind: 'grammar', excerpt: 'بسبب بعض (سخيف بصراحة) السبب لا أستطيع القول', terms: [] },
  { id: 'p18-all-while', paragraph: 18, kind: 'mistranslation', excerpt: 'وكلها أثناء توظيف باحثين Openai بهدوء', terms: ['poaching-talent'] },
  { id: 'p21-stretch-into-weeks', paragraph: 21, kind: 'mistranslation', excerpt: 'قد يستمر في الأسابيع', terms: ['delay'] },
  { id: 'p21-push-closer-to-fall', paragraph: 21, kind: 'mistranslation', excerpt: 'دفع الإطلاق بالقرب من الخريف', terms: ['launch', 'delay'] },
  { id: 'p22-hanging-over', paragraph: 22, kind: 'mistranslation', excerpt: 'والسؤال المعلق فوق كل شيء', terms: [] },
] as const satisfies readonly Omit<TranslationNote, 'note'>[];

/** The id of a translation note of the article. */
export type TranslationNoteId = (typeof notes)[number]['id'];

const strings = { ar: ar satisfies ArticleStrings, en: en satisfies ArticleStrings };

/** The source article as a record (not yet frozen). */
export const articleRecord: Article = /*@__PURE__*/ makeArticle();

// @__NO_SIDE_EFFECTS__
function makeArticle(): Article {
  return {
    id: 'article',
    title: { ar: strings.ar.title, en: strings.en.title },
    language: 'ar',
    translatedFrom: 'en',
    machineTranslated: true,
    // About 12–14 July 2025: it embeds a post of 13 July UTC, and the English original's copies
    // are undated; the month is what the sources fix.
    published: {
      precision: 'month',
      value: '2025-07',
      sources: [{ kind: 'article', paragraph: 16, excerpt: '13 يوليو 2025' }, englishOriginal],
    },
    publisher: null,
    note: { ar: strings.ar.note, en: strings.en.note },
    paragraphs: paragraphs.map((p) => ({ ...p })),
    translationNotes: notes.map((n) => ({
      ...n,
      terms: [...n.terms],
      note: { ar: strings.ar.translationNotes[n.id], en: strings.en.translationNotes[n.id] },
    })),
    sources: [englishOriginal],
  };
}
