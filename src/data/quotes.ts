import ar from '../../locales/ar/quotes.json';
import en from '../../locales/en/quotes.json';
import { pairStrings } from '../_lib/pairStrings.js';
import type { Quote } from '../schema/quote.js';
import { altmanPost, yuchenJinPost } from './outsideSources.js';

/** The strings of one quotation in one language (`locales/<lang>/quotes.json`). */
export interface QuoteStrings {
  text: string;
  /** The whole quotation as checked outside the article, where the article cuts it off. */
  fullText?: string;
  context: string;
}

type QuoteFacts = Omit<Quote, 'id' | keyof QuoteStrings>;

const altmanPostUrl = 'https://x.com/sama/status/1943837550369812814';

// Altman's post and its pieces share one date, the one the article's text gives (P3, "11 July"):
// US Pacific time. The embed's byline (P7) gives the UTC date, 12 July; each context says so (D39).
const altmanPostDay = {
  precision: 'day',
  value: '2025-07-11',
  timeZone: 'America/Los_Angeles',
  sources: [{ kind: 'article', paragraph: 3, excerpt: 'في 11 يوليو' }, altmanPost],
} satisfies Quote['date'];

const facts = {
  'altman-high-risk-areas': {
    speaker: 'sam-altman',
    date: altmanPostDay,
    medium: 'post-on-x',
    original: { lang: 'en', verified: true },
    truncated: false,
    articleText: 'المناطق عالية الخطورة',
    partOf: 'altman-delay-post',
    url: altmanPostUrl,
    sources: [
      { kind: 'article', paragraph: 1, excerpt: '“المناطق عالية الخطورة”' },
      { kind: 'article', paragraph: 5, excerpt: 'ومراجعة المناطق عالية الخطورة' },
      altmanPost,
    ],
  },
  'altman-cannot-be-pulled-back': {
    speaker: 'sam-altman',
    date: altmanPostDay,
    medium: 'post-on-x',
    original: { lang: 'en', verified: true },
    truncated: false,
    articleText: 'لا يمكن سحبها',
    partOf: 'altman-delay-post',
    url: altmanPostUrl,
    sources: [
      { kind: 'article', paragraph: 2, excerpt: 'كما أشار Altman ، بمجرد إطلاق هذه النماذج ، “لا يمكن سحبها”' },
      { kind: 'article', paragraph: 2, excerpt: 'هذه هي طبيعة المصدر المفتوح' },
      altmanPost,
    ],
  },
  'altman-trust-the-community': {
    speaker: 'sam-altman',
    date: altmanPostDay,
    medium: 'post-on-x',
    original: { lang: 'en', verified: true },
    truncated: false,
    articleText: 'بينما نثق في أن المجتمع سيبني أشياء رائعة مع هذا النموذج ، بمجرد خروج الأوزان ، لا يمكن سحبها.',
    partOf: 'altman-delay-post',
    url: altmanPostUrl,
    sources: [
      { kind: 'article', paragraph: 3, excerpt: 'كتب Altman على X (سابقًا Twitter) في 11 يوليو' },
      { kind: 'article', paragraph: 3, excerpt: 'بمجرد خروج الأوزان ، لا يمكن سحبها.' },
      altmanPost,
    ],
  },
  'altman-delay-post': {
    speaker: 'sam-altman',
    date: altmanPostDay,
    medium: 'post-on-x',
    original: { lang: 'en', verified: true },
    truncated: true,
    articleText: [
      'لقد خططنا لإطلاق نموذج الوزن المفتوح الأسبوع المقبل.',
      'نحن نؤخر ذلك. نحتاج إلى وقت لإجراء اختبارات أمان إضافية ومراجعة المناطق عالية الخطورة. لسنا متأكدين بعد المدة التي سيستغرقها الأمر.',
      'بينما نثق في أن المجتمع سيبني أشياء رائعة مع هذا النموذج ، بمجرد أن تكون الأوزان …',
    ].join('\n'),
    url: altmanPostUrl,
    sources: [
      { kind: 'article', paragraph: 4, excerpt: 'لقد خططنا لإطلاق نموذج الوزن المفتوح الأسبوع المقبل.' },
      { kind: 'article', paragraph: 6, excerpt: 'بمجرد أن تكون الأوزان …' },
      { kind: 'article', paragraph: 7, excerpt: '– سام التمان (sama) 12 يوليو 2025' },
      altmanPost,
    ],
  },
  'yuchen-jin-rumour-post': {
    speaker: 'yuchen-jin',
    date: {
      precision: 'day',
      value: '2025-07-13',
      timeZone: 'UTC',
      sources: [{ kind: 'article', paragraph: 16, excerpt: 'يوشن جين (yuchenj_uw) 13 يوليو 2025' }, yuchenJinPost],
    },
    medium: 'post-on-x',
    original: { lang: 'en', verified: false },
    truncated: true,
    articleText: [
      'إن الشائعات التي تفيد بأن Openai قد تأخر نموذجها المفتوح بسبب Kimi ، ولكن من ما أسمع:',
      '– النموذج أصغر بكثير من Kimi K2 ( – سوبر قوي',
      '– ولكن بسبب بعض (سخيف بصراحة) السبب لا أستطيع القول ، لقد أدركوا مشكلة كبيرة قبل الإصدار ، لذلك …',
    ].join('\n'),
    url: 'https://x.com/yuchenj_uw/status/1944235634811379844',
    sources: [
      { kind: 'article', paragraph: 14, excerpt: 'ولكن من ما أسمع:' },
      { kind: 'article', paragraph: 15, excerpt: 'النموذج أصغر بكثير من Kimi K2' },
      { kind: 'article', paragraph: 16, excerpt: 'لقد أدركوا مشكلة كبيرة قبل الإصدار ، لذلك …– يوشن جين (yuchenj_uw)' },
      yuchenJinPost,
    ],
  },
  'early-testers-super-powerful': {
    speaker: 'early-testers',
    date: { precision: 'undated' },
    medium: 'report',
    original: { lang: 'en', verified: false },
    truncated: false,
    articleText: 'قويًا للغاية',
    sources: [{ kind: 'article', paragraph: 12, excerpt: 'ولكن لا يزال “قويًا للغاية” ، وفقًا للمختبرين الأوائل' }],
  },
} satisfies Record<string, QuoteFacts>;

/** The id of a bundled quotation. */
export type QuoteId = keyof typeof facts;

const strings = { ar: ar satisfies Record<QuoteId, QuoteStrings>, en: en satisfies Record<QuoteId, QuoteStrings> };

/** The bundled quotations: facts joined with their strings (not yet frozen). */
export const quoteRecords: Quote[] = /*@__PURE__*/ Object.entries(facts).map(([id, fact]) => {
  const { pair, optional } = pairStrings<QuoteStrings>(strings.ar[id as QuoteId], strings.en[id as QuoteId]);
  return { id, ...fact, text: pair('text'), context: pair('context'), ...optional('fullText') };
});
