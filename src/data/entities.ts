import ar from '../../locales/ar/entities.json';
import en from '../../locales/en/entities.json';
import { pairStrings } from '../_lib/pairStrings.js';
import type { Entity } from '../schema/entity.js';
import {
  chatgptIntroduction,
  gptOssModelCard,
  gptOssRelease,
  gpt2Weights,
  indiaTodayDelay,
  kimiK2FirstCommit,
  kimiK2Readme,
  llama4Release,
  metaHiresReport,
  moonshotAiWikipedia,
  wikidataChatGpt,
  wikidataMarkZuckerberg,
  wikidataMeta,
  wikidataMoonshotAi,
  wikidataOpenAi,
  wikidataSamAltman,
  yuchenJinPost,
} from './outsideSources.js';

/** The strings of one entity in one language (`locales/<lang>/entities.json`). */
export interface EntityStrings {
  name: string;
  description: string;
  aliases: string[];
}

type EntityFacts = Omit<Entity, 'id' | keyof EntityStrings>;

// The article's P1 makes Altman «الرئيس التنفيذي لشركة “المناطق عالية الخطورة”» and never
// names OpenAI beside his title, so his post as CEO of OpenAI is also sourced outside it.

const facts = {
  'sam-altman': {
    kind: 'person',
    sameAs: ['https://www.wikidata.org/entity/Q7407093'],
    handles: ['sama'],
    relations: [
      {
        type: 'ceo-of',
        target: 'openai',
        sources: [{ kind: 'article', paragraph: 1, excerpt: 'أعلن الرئيس التنفيذي سام ألتمان' }, indiaTodayDelay],
      },
      { type: 'posted-on', target: 'x-twitter', sources: [{ kind: 'article', paragraph: 3, excerpt: 'كتب Altman على X (سابقًا Twitter)' }] },
    ],
    sources: [
      { kind: 'article', paragraph: 1, excerpt: 'سام ألتمان' },
      { kind: 'article', paragraph: 7, excerpt: 'سام التمان (sama)' },
      wikidataSamAltman,
    ],
  },
  'mark-zuckerberg': {
    kind: 'person',
    sameAs: ['https://www.wikidata.org/entity/Q36215'],
    handles: [],
    relations: [
      {
        type: 'leads',
        target: 'meta',
        // P18 names Meta, then calls its maker «شركة Mark Zuckerberg».
        sources: [
          { kind: 'article', paragraph: 18, excerpt: 'يتناول فيه Meta غداءها' },
          { kind: 'article', paragraph: 18, excerpt: 'أصدرت شركة Mark Zuckerberg' },
        ],
      },
    ],
    sources: [{ kind: 'article', paragraph: 18, excerpt: 'شركة Mark Zuckerberg' }, wikidataMarkZuckerberg],
  },
  'yuchen-jin': {
    kind: 'person',
    sameAs: [],
    handles: ['Yuchenj_UW'],
    relations: [
      {
        type: 'posted-on',
        target: 'x-twitter',
        sources: [{ kind: 'article', paragraph: 16, excerpt: 'يوشن جين (yuchenj_uw) 13 يوليو 2025' }, yuchenJinPost],
      },
    ],
    sources: [
      { kind: 'article', paragraph: 12, excerpt: 'وفقًا للمطور' },
      { kind: 'article', paragraph: 16, excerpt: 'يوشن جين (yuchenj_uw)' },
      yuchenJinPost,
    ],
  },
  openai: {
    kind: 'organization',
    sameAs: ['https://www.wikidata.org/entity/Q21708200'],
    handles: [],
    relations: [],
    sources: [
      { kind: 'article', paragraph: 1, excerpt: 'موهبة Openai' },
      { kind: 'article', paragraph: 2, excerpt: 'أول نظام رئيسي للوزن المفتوح في Openai' },
      { kind: 'article', paragraph: 21, excerpt: 'لم يقدم Openai جدولًا زمنيًا جديدًا للإصدار' },
      gpt2Weights,
      chatgptIntroduction,
      wikidataOpenAi,
    ],
  },
  meta: {
    kind: 'organization',
    sameAs: ['https://www.wikidata.org/entity/Q380'],
    handles: [],
    relations: [
      {
        type: 'rival-of',
        target: 'openai',
        sources: [
          { kind: 'article', paragraph: 1, excerpt: 'سباق AI Arms الوحشي ، وخاصة مع Meta' },
          { kind: 'article', paragraph: 18, excerpt: 'يتناول فيه Meta غداءها' },
          { kind: 'article', paragraph: 19, excerpt: 'يخاطر أيضًا بالانخفاض وراء Meta' },
        ],
      },
      {
        type: 'hires-from',
        target: 'openai',
        sources: [
          { kind: 'article', paragraph: 1, excerpt: 'يسلل بقوة موهبة Openai' },
          { kind: 'article', paragraph: 18, excerpt: 'توظيف باحثين Openai بهدوء' },
          metaHiresReport,
        ],
      },
    ],
    sources: [
      { kind: 'article', paragraph: 1, excerpt: 'وخاصة مع Meta' },
      { kind: 'article', paragraph: 17, excerpt: 'عامل التعريف' },
      { kind: 'article', paragraph: 18, excerpt: 'أصدرت شركة Mark Zuckerberg نماذج متزايدة للوزن مثل Llama 3' },
      wikidataMeta,
    ],
  },
  'moonshot-ai': {
    kind: 'organization',
    sameAs: ['https://www.wikidata.org/entity/Q130270266'],
    handles: [],
    relations: [
      {
        // Inferred: P22 names no Chinese rival, and Moonshot AI is the only Chinese company
        // the article names (P12).
        type: 'member-of',
        target: 'chinese-rivals',
        sources: [
          { kind: 'article', paragraph: 12, excerpt: 'من AI الصيني AI Moonshot AI' },
          { kind: 'article', paragraph: 22, excerpt: 'والحفاظ على المنافسين الصينيين' },
        ],
      },
    ],
    sources: [
      { kind: 'article', paragraph: 12, excerpt: 'نموذج الوزن المفتوح الجديد من AI الصيني AI Moonshot AI' },
      moonshotAiWikipedia,
      wikidataMoonshotAi,
    ],
  },
  'openai-open-weight-model': {
    kind: 'model',
    sameAs: [],
    handles: [],
    relations: [
      {
        type: 'developed-by',
        target: 'openai',
        sources: [{ kind: 'article', paragraph: 2, excerpt: 'أول نظام رئيسي للوزن المفتوح في Openai' }],
      },
    ],
    sources: [
      { kind: 'article', paragraph: 2, excerpt: 'سيكون النموذج ، الذي كان من المقرر أن ينزل هذا الأسبوع' },
      { kind: 'article', paragraph: 4, excerpt: 'لقد خططنا لإطلاق نموذج الوزن المفتوح الأسبوع المقبل.' },
      { kind: 'article', paragraph: 12, excerpt: 'كان من المتوقع أن يكون النموذج المشاع أصغر من Kimi K2' },
      { kind: 'article', paragraph: 12, excerpt: 'ولكن لا يزال “قويًا للغاية” ، وفقًا للمختبرين الأوائل' },
    ],
  },
  'kimi-k2': {
    kind: 'model',
    sameAs: [],
    handles: [],
    relations: [
      {
        type: 'developed-by',
        target: 'moonshot-ai',
        sources: [{ kind: 'article', paragraph: 12, excerpt: 'نموذج الوزن المفتوح الجديد من AI الصيني AI Moonshot AI' }, kimiK2Readme],
      },
      { type: 'rival-of', target: 'chatgpt', sources: [{ kind: 'article', paragraph: 12, excerpt: 'الذي يتولى ChatGpt بقدرات ترميز مثيرة للإعجاب بسعر أقل' }] },
    ],
    sources: [
      { kind: 'article', paragraph: 12, excerpt: 'Kimi K2-نموذج الوزن المفتوح الجديد' },
      { kind: 'article', paragraph: 12, excerpt: 'والذي يقال إنه يتسارع في ما يقرب من تريليون معلمات' },
      { kind: 'article', paragraph: 13, excerpt: 'أداء كيمي القوي' },
      kimiK2Readme,
      kimiK2FirstCommit,
    ],
  },
  'llama-3': {
    kind: 'model',
    sameAs: [],
    handles: [],
    relations: [
      {
        type: 'developed-by',
        target: 'meta',
        sources: [{ kind: 'article', paragraph: 18, excerpt: 'أصدرت شركة Mark Zuckerberg نماذج متزايدة للوزن مثل Llama 3' }],
      },
    ],
    sources: [
      { kind: 'article', paragraph: 1, excerpt: 'نماذج مفتوحة المصدر مثل Llama 3' },
      { kind: 'article', paragraph: 18, excerpt: 'نماذج متزايدة للوزن مثل Llama 3' },
      llama4Release,
    ],
  },
  'gpt-oss': {
    kind: 'model',
    sameAs: [],
    handles: [],
    // No source checked says gpt-oss is the model delayed in July, nor its successor (D02).
    relations: [{ type: 'developed-by', target: 'openai', sources: [gptOssModelCard] }],
    sources: [gptOssModelCard, gptOssRelease],
  },
  chatgpt: {
    kind: 'product',
    sameAs: ['https://www.wikidata.org/entity/Q115564437'],
    handles: [],
    relations: [{ type: 'developed-by', target: 'openai', sources: [chatgptIntroduction, indiaTodayDelay] }],
    sources: [{ kind: 'article', paragraph: 12, excerpt: 'الذي يتولى ChatGpt' }, chatgptIntroduction, wikidataChatGpt],
  },
  'x-twitter': {
    kind: 'platform',
    sameAs: [],
    handles: [],
    relations: [],
    sources: [
      { kind: 'article', paragraph: 1, excerpt: 'على X (تويتر)' },
      { kind: 'article', paragraph: 3, excerpt: 'على X (سابقًا Twitter)' },
    ],
  },
  'ai-community': {
    kind: 'group',
    sameAs: [],
    handles: [],
    relations: [],
    sources: [{ kind: 'article', paragraph: 2, excerpt: 'يرفع الحواجب عبر مجتمع الذكاء الاصطناعي' }],
  },
  developers: {
    kind: 'group',
    sameAs: [],
    handles: [],
    relations: [],
    sources: [
      { kind: 'article', paragraph: 2, excerpt: 'المطورين سيكونون أحرارًا في تنزيل واستخدام' },
      { kind: 'article', paragraph: 9, excerpt: 'المطورين أحرار في تنزيله ، وتعديله' },
      { kind: 'article', paragraph: 19, excerpt: 'منصة الانتقال للمطورين' },
    ],
  },
  'early-testers': {
    kind: 'group',
    sameAs: [],
    handles: [],
    relations: [],
    sources: [{ kind: 'article', paragraph: 12, excerpt: 'وفقًا للمختبرين الأوائل' }],
  },
  'online-speculators': {
    kind: 'group',
    sameAs: [],
    handles: [],
    relations: [],
    sources: [{ kind: 'article', paragraph: 13, excerpt: 'بعض المضاربين عبر الإنترنت' }],
  },
  'open-source-community': {
    kind: 'group',
    sameAs: [],
    handles: [],
    relations: [],
    sources: [{ kind: 'article', paragraph: 22, excerpt: 'المجتمع المفتوح المصدر في وضع الانتظار والرؤية' }],
  },
  'chinese-rivals': {
    kind: 'group',
    sameAs: [],
    handles: [],
    relations: [],
    sources: [{ kind: 'article', paragraph: 22, excerpt: 'والحفاظ على المنافسين الصينيين' }],
  },
  'openai-researchers': {
    kind: 'group',
    sameAs: [],
    handles: [],
    // Not `member-of openai`: the article speaks of them leaving it for Meta (D07).
    relations: [],
    sources: [
      { kind: 'article', paragraph: 18, excerpt: 'توظيف باحثين Openai بهدوء' },
      { kind: 'article', paragraph: 1, excerpt: 'يسلل بقوة موهبة Openai' },
      metaHiresReport,
    ],
  },
} satisfies Record<string, EntityFacts>;

/** The id of a bundled entity. */
export type EntityId = keyof typeof facts;

const strings = { ar: ar satisfies Record<EntityId, EntityStrings>, en: en satisfies Record<EntityId, EntityStrings> };

/** The bundled entities: facts joined with their strings (not yet frozen). */
export const entityRecords: Entity[] = /*@__PURE__*/ Object.entries(facts).map(([id, fact]) => {
  const { pair } = pairStrings<EntityStrings>(strings.ar[id as EntityId], strings.en[id as EntityId]);
  return { id, ...fact, name: pair('name'), description: pair('description'), aliases: pair('aliases') };
});
