// The command's own strings in both languages. The command does not use i18next: it needs a
// few dozen fixed strings, and counts are plural-selected with Intl.PluralRules.
import type { EventStatus, Lang, RecordKind } from '../index.js';
import type { FormStatus, MatchKind } from '../index.js';

type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** Counted nouns: `{n}` is the formatted number. */
const COUNTED = {
  entity: {
    en: { one: '{n} entity', other: '{n} entities' },
    ar: { zero: 'لا كيانات', one: 'كيان واحد', two: 'كيانان', few: '{n} كيانات', many: '{n} كيانًا', other: '{n} كيان' },
  },
  event: {
    en: { one: '{n} event', other: '{n} events' },
    ar: { zero: 'لا أحداث', one: 'حدث واحد', two: 'حدثان', few: '{n} أحداث', many: '{n} حدثًا', other: '{n} حدث' },
  },
  quote: {
    en: { one: '{n} quotation', other: '{n} quotations' },
    ar: { zero: 'لا اقتباسات', one: 'اقتباس واحد', two: 'اقتباسان', few: '{n} اقتباسات', many: '{n} اقتباسًا', other: '{n} اقتباس' },
  },
  term: {
    en: { one: '{n} term', other: '{n} terms' },
    ar: { zero: 'لا مصطلحات', one: 'مصطلح واحد', two: 'مصطلحان', few: '{n} مصطلحات', many: '{n} مصطلحًا', other: '{n} مصطلح' },
  },
  finding: {
    en: { one: '{n} form to correct', other: '{n} forms to correct' },
    ar: { zero: 'لا صيغ تحتاج إلى تصحيح', one: 'صيغة واحدة تحتاج إلى تصحيح', two: 'صيغتان تحتاجان إلى تصحيح', few: '{n} صيغ تحتاج إلى تصحيح', many: '{n} صيغةً تحتاج إلى تصحيح', other: '{n} صيغة تحتاج إلى تصحيح' },
  },
} satisfies Record<string, Record<Lang, Plural>>;

/** Locales for numbers: Arabic readers expect Arabic-Indic digits, which plain `ar` does not give. */
export const NUMBER_LOCALE: Record<Lang, string> = { ar: 'ar-u-nu-arab', en: 'en' };

/** A number in the digits of a language. */
export const formatNumber = (lang: Lang, n: number, fraction = 0) =>
  new Intl.NumberFormat(NUMBER_LOCALE[lang], { minimumFractionDigits: fraction, maximumFractionDigits: fraction, useGrouping: false }).format(n);

/** A quoted text: «…» in Arabic, “…” in English. */
export const quoted = (lang: Lang, text: string) => (lang === 'ar' ? `«${text}»` : `“${text}”`);
/** The list comma of a language. */
export const comma = (lang: Lang) => (lang === 'ar' ? '، ' : ', ');

/** A counted noun, plural-selected by CLDR rules: `count('ar', 'term', 3)` → `٣ مصطلحات`. */
export function count(lang: Lang, noun: keyof typeof COUNTED, n: number): string {
  const forms: Plural = COUNTED[noun][lang];
  const category = new Intl.PluralRules(lang).select(n);
  return (forms[category] ?? forms.other).replace('{n}', formatNumber(lang, n));
}

const KIND: Record<RecordKind, Record<Lang, string>> = {
  entity: { en: 'entity', ar: 'كيان' },
  term: { en: 'term', ar: 'مصطلح' },
  event: { en: 'event', ar: 'حدث' },
  quote: { en: 'quote', ar: 'اقتباس' },
};
/** The name of a record kind. */
export const kindName = (lang: Lang, kind: RecordKind) => KIND[kind][lang];

const FORM_STATUS: Record<FormStatus, Record<Lang, string>> = {
  preferred: { en: 'preferred', ar: 'مفضّل' },
  admitted: { en: 'admitted', ar: 'مقبول' },
  deprecated: { en: 'deprecated', ar: 'مهجور' },
  article: { en: "the article's mistranslation", ar: 'ترجمة المقال الخاطئة' },
  name: { en: 'name', ar: 'اسم' },
  alias: { en: 'other name', ar: 'اسم آخر' },
  handle: { en: 'handle on X', ar: 'معرّف على إكس' },
};
/** The name of a form status. */
export const formStatusName = (lang: Lang, status: FormStatus) => FORM_STATUS[status][lang];

const MATCH: Record<MatchKind, Record<Lang, string>> = {
  exact: { en: 'exact', ar: 'مطابقة تامة' },
  normalized: { en: 'spelling folded', ar: 'بعد توحيد الإملاء' },
  stemmed: { en: 'stemmed', ar: 'بالجذع' },
  typo: { en: 'one typo', ar: 'مع خطأ إملائي' },
};
/** How a match was made. */
export const matchName = (lang: Lang, match: MatchKind) => MATCH[match][lang];

const EVENT_STATUS: Record<EventStatus, Record<Lang, string>> = {
  occurred: { en: 'occurred', ar: 'وقع' },
  ongoing: { en: 'ongoing', ar: 'جارٍ' },
  planned: { en: 'planned', ar: 'مخطط له' },
  postponed: { en: 'postponed', ar: 'مؤجَّل' },
  rumoured: { en: 'rumoured', ar: 'شائعة' },
  speculative: { en: 'speculative', ar: 'تخمين' },
};
/** The name of an event status. */
export const eventStatusName = (lang: Lang, status: EventStatus) => EVENT_STATUS[status][lang];

/** Fixed strings. `{x}` placeholders are filled by `say`. */
export const MESSAGES = {
  title: {
    en: 'OpenAI delays its first major open-weight model (July 2025)',
    ar: 'أوبن إيه آي تؤجّل طرح أول نموذج كبير مفتوح الأوزان لها (يوليو ٢٠٢٥)',
  },
  counts: { en: '{entities}, {events}, {quotes} and {terms}.', ar: '{entities} و{events} و{quotes} و{terms}.' },
  tryHelp: { en: 'Commands: open-weight-kb --help', ar: 'الأوامر: open-weight-kb --help' },
  noResults: { en: 'Nothing found for “{query}”.', ar: 'لم يُعثر على شيء لـ«{query}».' },
  noTranslation: { en: 'No term or name matches “{query}” as a whole.', ar: 'لا يطابق «{query}» مصطلحًا أو اسمًا كاملًا.' },
  noRecord: { en: 'No record has the id “{query}”.', ar: 'لا سجل بالمعرّف «{query}».' },
  noEvents: { en: 'No event matches.', ar: 'لا حدث يطابق.' },
  noQuotes: { en: 'No quotation matches.', ar: 'لا اقتباس يطابق.' },
  noFindings: { en: '{file}: no deprecated or mistranslated forms.', ar: '{file}: لا صيغ مهجورة أو خاطئة.' },
  matched: { en: 'matched', ar: 'طابق' },
  use: { en: 'use', ar: 'استعمل' },
  note: { en: 'note', ar: 'ملاحظة' },
  undated: { en: 'undated', ar: 'غير مؤرخ' },
  wrote: { en: 'Wrote {file}.', ar: 'كُتب {file}.' },
} satisfies Record<string, Record<Lang, string>>;

/** A fixed string with its placeholders filled. */
export function say(lang: Lang, key: keyof typeof MESSAGES, values: Record<string, string> = {}): string {
  return MESSAGES[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** The usage text (English; `--lang ar` adds the Arabic summary line). */
export const USAGE = `Usage: open-weight-kb [command] [options]

Commands:
  (none)                       a short bilingual overview
  search <query>               records in either language, with score and kind
  translate <text> [--to ar|en]
                               the term or name the whole text is, its status and note
  show <id>                    one record
  timeline [--from <date>] [--to <date>] [--involving <id>]
                               events in date order (dates YYYY, YYYY-MM or YYYY-MM-DD)
  quotes [--by <id>]           quotations, or one speaker's
  glossary                     the terms, preferred forms in both languages
  check <file|->               deprecated and mistranslated forms in a text, as line:column
  export tbx|jsonld [--out <file>]
  export csv [entities|events|quotes|glossary] [--bom] [--out <file>]
                               the knowledge base as TBX, schema.org JSON-LD or CSV

Options:
  --lang ar|en|both            the language shown (default: both)
  --json                       machine-readable output (shapes in the README)
  --limit <n>                  at most n results
  -h, --help                   this text
  --version                    the version

A text or file given as - is read from standard input.
Exit status: 0 when something was found, 1 when nothing was, 2 on a usage error.`;

/** The Arabic line added to the usage text under `--lang ar`. */
export const USAGE_AR = 'الاستعمال: open-weight-kb [أمر] [خيارات]؛ الأوامر: search وtranslate وshow وtimeline وquotes وglossary وcheck وexport.';
