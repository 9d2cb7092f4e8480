import ar from '../../locales/ar/events.json';
import en from '../../locales/en/events.json';
import { pairStrings } from '../_lib/pairStrings.js';
import type { KbEvent } from '../schema/event.js';
import { altmanPost, gptOssModelCard, gptOssRelease, kimiK2FirstCommit, kimiK2Readme, metaHiresReport, yuchenJinPost } from './outsideSources.js';

/** The strings of one event in one language (`locales/<lang>/events.json`). */
export interface EventStrings {
  title: string;
  summary: string;
  /** Why the event has more than one calendar date (time zones), where it has. */
  dateNote?: string;
}

type EventFacts = Omit<KbEvent, 'id' | keyof EventStrings>;


const facts = {
  'planned-open-weight-launch': {
    status: 'postponed',
    // The article says "this week" (P2), Altman's post of 11 July "next week" (P4): either way July 2025.
    date: {
      precision: 'month',
      value: '2025-07',
      sources: [
        { kind: 'article', paragraph: 2, excerpt: 'كان من المقرر أن ينزل هذا الأسبوع' },
        { kind: 'article', paragraph: 4, excerpt: 'لقد خططنا لإطلاق نموذج الوزن المفتوح الأسبوع المقبل.' },
        { kind: 'article', paragraph: 7, excerpt: '12 يوليو 2025' },
      ],
    },
    otherDates: [],
    participants: ['openai', 'openai-open-weight-model'],
    sources: [
      { kind: 'article', paragraph: 2, excerpt: 'الذي كان من المقرر أن ينزل هذا الأسبوع ، أول نظام رئيسي للوزن المفتوح في Openai' },
      { kind: 'article', paragraph: 2, excerpt: 'المطورين سيكونون أحرارًا في تنزيل واستخدام' },
      { kind: 'article', paragraph: 4, excerpt: 'لقد خططنا لإطلاق نموذج الوزن المفتوح الأسبوع المقبل.' },
      { kind: 'article', paragraph: 5, excerpt: 'نحن نؤخر ذلك.' },
    ],
  },
  'altman-delay-announcement': {
    status: 'occurred',
    date: {
      precision: 'day',
      value: '2025-07-11',
      timeZone: 'America/Los_Angeles',
      sources: [{ kind: 'article', paragraph: 3, excerpt: 'في 11 يوليو' }, altmanPost],
    },
    otherDates: [
      {
        precision: 'day',
        value: '2025-07-12',
        timeZone: 'UTC',
        sources: [{ kind: 'article', paragraph: 7, excerpt: 'سام التمان (sama) 12 يوليو 2025' }, altmanPost],
      },
    ],
    participants: ['sam-altman', 'openai', 'openai-open-weight-model', 'x-twitter'],
    sources: [
      { kind: 'article', paragraph: 1, excerpt: 'أعلن الرئيس التنفيذي سام ألتمان على X (تويتر)' },
      { kind: 'article', paragraph: 3, excerpt: 'كتب Altman على X (سابقًا Twitter) في 11 يوليو' },
      { kind: 'article', paragraph: 5, excerpt: 'نحتاج إلى وقت لإجراء اختبارات أمان إضافية ومراجعة المناطق عالية الخطورة' },
      { kind: 'article', paragraph: 10, excerpt: 'يشير إلى أن Openai يحاول السير بحذر' },
      { kind: 'article', paragraph: 19, excerpt: 'قد يكون Openai يأمل في تجنب الإطلاق المعيب' },
      { kind: 'article', paragraph: 19, excerpt: 'يخاطر أيضًا بالانخفاض وراء Meta' },
      altmanPost,
    ],
  },
  'kimi-k2-release': {
    status: 'occurred',
    date: {
      precision: 'day',
      value: '2025-07-11',
      timeZone: 'UTC',
      sources: [{ kind: 'article', paragraph: 12, excerpt: 'في 11 يوليو ، في نفس اليوم الذي أعلن فيه Altman' }, kimiK2FirstCommit],
    },
    otherDates: [],
    participants: ['kimi-k2', 'moonshot-ai'],
    sources: [
      { kind: 'article', paragraph: 12, excerpt: 'تم إصدار Kimi K2' },
      { kind: 'article', paragraph: 12, excerpt: 'الذي يتولى ChatGpt بقدرات ترميز مثيرة للإعجاب بسعر أقل' },
      { kind: 'article', paragraph: 12, excerpt: 'والذي يقال إنه يتسارع في ما يقرب من تريليون معلمات' },
      kimiK2FirstCommit,
      kimiK2Readme,
    ],
  },
  'rumoured-technical-issue': {
    status: 'rumoured',
    date: { precision: 'undated' },
    otherDates: [],
    participants: ['openai', 'openai-open-weight-model', 'yuchen-jin'],
    sources: [
      { kind: 'article', paragraph: 12, excerpt: 'قد يكون التأخير قد نجم عن قضية فنية رئيسية تم اكتشافها قبل الإطلاق' },
      { kind: 'article', paragraph: 16, excerpt: 'لقد أدركوا مشكلة كبيرة قبل الإصدار' },
    ],
  },
  'yuchen-jin-posts-rumour': {
    status: 'occurred',
    date: {
      precision: 'day',
      value: '2025-07-13',
      timeZone: 'UTC',
      sources: [{ kind: 'article', paragraph: 16, excerpt: 'يوشن جين (yuchenj_uw) 13 يوليو 2025' }, yuchenJinPost],
    },
    otherDates: [{ precision: 'day', value: '2025-07-12', timeZone: 'America/Los_Angeles', sources: [yuchenJinPost] }],
    participants: ['yuchen-jin', 'x-twitter', 'openai', 'openai-open-weight-model', 'kimi-k2'],
    sources: [
      { kind: 'article', paragraph: 14, excerpt: 'إن الشائعات التي تفيد بأن Openai قد تأخر نموذجها المفتوح بسبب Kimi' },
      { kind: 'article', paragraph: 15, excerpt: 'النموذج أصغر بكثير من Kimi K2' },
      { kind: 'article', paragraph: 16, excerpt: 'يوشن جين (yuchenj_uw) 13 يوليو 2025' },
      yuchenJinPost,
    ],
  },
  'kimi-blamed-speculation': {
    status: 'speculative',
    date: { precision: 'undated' },
    otherDates: [],
    participants: ['online-speculators', 'kimi-k2', 'openai', 'openai-open-weight-model'],
    sources: [
      { kind: 'article', paragraph: 13, excerpt: 'ألقى اللوم على التأخير في أداء كيمي القوي بشكل غير متوقع' },
      { kind: 'article', paragraph: 13, excerpt: 'لا يوجد تأكيد لذلك من Openai' },
      { kind: 'article', paragraph: 13, excerpt: 'الشركة تشعر بالضغط من أجل تقديم شيء آمن وسريع وتنافسي' },
      { kind: 'article', paragraph: 14, excerpt: 'قد تأخر نموذجها المفتوح بسبب Kimi' },
    ],
  },
  'meta-open-weight-releases': {
    status: 'occurred',
    date: { precision: 'undated' },
    otherDates: [],
    participants: ['meta', 'mark-zuckerberg', 'llama-3', 'developers'],
    sources: [
      { kind: 'article', paragraph: 1, excerpt: 'ويدافع عن نماذج مفتوحة المصدر مثل Llama 3' },
      { kind: 'article', paragraph: 18, excerpt: 'أصدرت شركة Mark Zuckerberg نماذج متزايدة للوزن مثل Llama 3' },
      { kind: 'article', paragraph: 18, excerpt: 'يتناول فيه Meta غداءها ، على الأقل في قسم المصدر المفتوح' },
      { kind: 'article', paragraph: 19, excerpt: 'أصبح بالفعل منصة الانتقال للمطورين' },
    ],
  },
  'meta-hires-openai-researchers': {
    // P1 "has been aggressively poaching", P18 "all while quietly hiring": still going on (D42).
    status: 'ongoing',
    date: { precision: 'month', value: '2025-06', sources: [metaHiresReport] },
    otherDates: [],
    participants: ['meta', 'openai', 'openai-researchers'],
    sources: [
      { kind: 'article', paragraph: 18, excerpt: 'أثناء توظيف باحثين Openai بهدوء' },
      { kind: 'article', paragraph: 1, excerpt: 'الذي كان يسلل بقوة موهبة Openai' },
      metaHiresReport,
    ],
  },
  'meta-openai-talent-war': {
    status: 'ongoing',
    date: { precision: 'undated' },
    otherDates: [],
    participants: ['meta', 'openai', 'openai-researchers'],
    sources: [
      { kind: 'article', paragraph: 18, excerpt: 'حرب المواهب حقيقية ، وهي تؤثر على الجداول الزمنية والاستراتيجية في جميع المجالات' },
      { kind: 'article', paragraph: 1, excerpt: 'يسلل بقوة موهبة Openai' },
    ],
  },
  'ai-arms-race-backdrop': {
    status: 'ongoing',
    date: { precision: 'undated' },
    otherDates: [],
    participants: ['openai', 'meta'],
    sources: [{ kind: 'article', paragraph: 1, excerpt: 'يهبط القرار في وسط سباق AI Arms الوحشي ، وخاصة مع Meta' }],
  },
  'no-new-timeline': {
    // A state at the time of writing (D42).
    status: 'ongoing',
    date: { precision: 'undated' },
    otherDates: [],
    participants: ['openai', 'openai-open-weight-model', 'sam-altman'],
    sources: [
      { kind: 'article', paragraph: 21, excerpt: 'لم يقدم Openai جدولًا زمنيًا جديدًا للإصدار' },
      { kind: 'article', paragraph: 5, excerpt: 'لسنا متأكدين بعد المدة التي سيستغرقها الأمر' },
    ],
  },
  'delay-may-stretch-weeks': {
    status: 'speculative',
    date: { precision: 'undated' },
    otherDates: [],
    participants: ['openai', 'openai-open-weight-model'],
    sources: [{ kind: 'article', paragraph: 21, excerpt: 'هذا الصمت يزود بمضاربة أن التأخير قد يستمر في الأسابيع' }],
  },
  'possible-retraining-toward-fall': {
    status: 'speculative',
    date: { precision: 'undated' },
    otherDates: [],
    participants: ['openai', 'openai-open-weight-model'],
    sources: [{ kind: 'article', paragraph: 21, excerpt: 'إذا كانت إعادة التدريب على الطاولة حقًا ، فيمكنها دفع الإطلاق بالقرب من الخريف' }],
  },
  'open-source-community-waits': {
    status: 'ongoing',
    date: { precision: 'undated' },
    otherDates: [],
    participants: ['open-source-community', 'openai', 'meta', 'chinese-rivals'],
    sources: [
      { kind: 'article', paragraph: 22, excerpt: 'فإن المجتمع المفتوح المصدر في وضع الانتظار والرؤية' },
      { kind: 'article', paragraph: 22, excerpt: 'لمطابقة زخم Meta والحفاظ على المنافسين الصينيين' },
      { kind: 'article', paragraph: 22, excerpt: 'هل يمكنهم الحصول عليها مباشرة قبل أن يفعل شخص آخر؟' },
    ],
  },
  'gpt-oss-release': {
    status: 'occurred',
    date: { precision: 'day', value: '2025-08-05', sources: [gptOssRelease] },
    otherDates: [],
    participants: ['openai', 'gpt-oss'],
    sources: [gptOssModelCard, gptOssRelease],
  },
} satisfies Record<string, EventFacts>;

/** The id of a bundled event. */
export type EventId = keyof typeof facts;

const strings = { ar: ar satisfies Record<EventId, EventStrings>, en: en satisfies Record<EventId, EventStrings> };

/** The bundled events: facts joined with their strings (not yet frozen). */
export const eventRecords: KbEvent[] = /*@__PURE__*/ Object.entries(facts).map(([id, fact]) => {
  const { pair, optional } = pairStrings<EventStrings>(strings.ar[id as EventId], strings.en[id as EventId]);
  return { id, ...fact, title: pair('title'), summary: pair('summary'), ...optional('dateNote') };
});
