import type { Frozen } from '../_lib/deepFreeze.js';
import { LANGS, type Lang } from '../enums.js';
import type { Term } from '../schema/term.js';
import { stemWord } from '../text/stemWord.js';
import { toSearchKey } from '../text/toSearchKey.js';
import type { WordSpan } from './wordSpans.js';

/**
 * What a listed form is: a form to use (preferred, admitted) or one to report.
 *
 * @example
 * rolesOf(getTerm('open-sourcing'), 'ar').get('التعهيد المفتوح') //=> 'deprecated'
 */
export type FormRole = 'good' | 'deprecated' | 'article';

/**
 * One form of one term, as compiled into the trie.
 *
 * @example
 * { term, form: 'سوبر قوي', role: 'deprecated', words: ['سوبر', 'قوي'] }
 */
export interface FormEntry {
  readonly term: Frozen<Term>;
  readonly form: string;
  readonly role: FormRole;
  /** The form's words through `toSearchKey(…, { loose: true })`, before stemming. */
  readonly words: readonly string[];
}

interface TrieNode {
  next: Map<string, TrieNode> | undefined;
  entries: FormEntry[] | undefined;
}

/**
 * A run of words of the text that spells one or more listed forms.
 *
 * @example
 * matchForms(matcher, wordSpans('قال التعهيد المفتوح'), 'ar')[0] //=> { first: 1, last: 3, entries: [{ form: 'التعهيد المفتوح', … }] }
 */
export interface FormMatch {
  /** Index of the first word in the text's word list. */
  readonly first: number;
  /** Index just after the last word. */
  readonly last: number;
  readonly entries: readonly FormEntry[];
}

/**
 * The compiled forms of a glossary: one word trie per language, built once per knowledge base.
 *
 * @example
 * compileTerms(glossary).roots.ar.next?.has('تعهيد') //=> true
 */
export interface TermMatcher {
  readonly roots: Readonly<Record<Lang, TrieNode>>;
  /** Stems of words already seen, so a text checked again (every keystroke) is not stemmed again… */
  readonly variants: Map<string, readonly string[]>;
  /** …and of words already seen at the start of a form, proclitics stripped. */
  readonly firstVariants: Map<string, readonly string[]>;
}

const ALEF = 'ا';
/** Single-letter proclitics: و ف (and, so) then ب ل ك (with, for, like). */
const CONJUNCTIONS = 'وف';
const PREPOSITIONS = 'بلك';

const isArabic = (word: string): boolean => {
  const c = word.charCodeAt(0);
  return c >= 0x0600 && c <= 0x06ff;
};

/**
 * Drops the alif of the accusative tanween (قويًا, جدولًا زمنيًا), whose fatḥatān the
 * key has already removed, so an inflected form meets its base form.
 */
const withoutAccusative = (word: string): string | undefined =>
  word.length >= 4 && isArabic(word) && word.endsWith(ALEF) ? word.slice(0, -1) : undefined;

/** The keys a form's words are compared on: the loose key's words, light-stemmed. */
const stemsOf = (form: string): string[] => {
  const key = toSearchKey(form, { loose: true });
  return key === '' ? [] : key.split(' ').map(stemWord);
};

/**
 * A word without the proclitics a form may lack or add: و ف, then لل, ال, بال… or ب ك ل alone.
 *
 * @example
 * bare('وبالتعهيد') //=> 'تعهيد'
 */
export const bare = (word: string): string => word.replace(/^[وف]?(?:لل|[بكل]?ال|[بكل])?/u, '');

/**
 * A form's identity for deciding its role: its key with the accusative alif folded. Endings
 * and the article stay, since either can be the error: تريليون معلمات for تريليون معلمة,
 * المجالات العالية الخطورة for المجالات عالية الخطورة.
 */
const identityOf = (form: string): string => {
  const key = toSearchKey(form, { loose: true });
  return key === '' ? '' : key.split(' ').map((word) => withoutAccusative(word) ?? word).join(' ');
};

/**
 * The role of each listed form of a term in the text of one language. Preferred and
 * admitted forms are good. A deprecated form is reported. An article form is reported only
 * when the term is marked `mistranslated` and the form is neither a good form nor a
 * spelling of one, the accusative alif aside (جدولًا زمنيًا is جدول زمني); the article's
 * wording of a term it translated correctly (مصداقيته, its credibility) is ordinary Arabic,
 * not an error. The article is Arabic, so its forms in either script are forms of an
 * Arabic text: English it left untranslated (`forms.en.article`: chatbots, DeepFakes, AI)
 * is reported in Arabic, against the Arabic forms, and is no error in English.
 *
 * @example
 * rolesOf(getTerm('super-powerful'), 'ar') //=> Map { 'قوي للغاية' => 'good', …, 'سوبر قوي' => 'deprecated' }
 * rolesOf(getTerm('chatbot'), 'ar').get('chatbots') //=> 'article'
 * rolesOf(getTerm('chatbot'), 'en').get('chatbots') //=> 'good'
 */
export function rolesOf(term: Frozen<Term>, lang: Lang): Map<string, FormRole> {
  const forms = term.forms[lang];
  const roles = new Map<string, FormRole>();
  const good = new Set([forms.preferred, ...forms.admitted].map(identityOf));
  for (const form of [forms.preferred, ...forms.admitted]) roles.set(form, 'good');
  for (const form of forms.deprecated) if (!roles.has(form) && !good.has(identityOf(form))) roles.set(form, 'deprecated');
  if (lang !== 'ar') return roles;
  const deprecated = new Set(forms.deprecated.map(identityOf));
  for (const form of [...forms.article, ...term.forms.en.article]) {
    if (roles.has(form)) continue;
    const identity = identityOf(form);
    if (good.has(identity)) continue;
    if (deprecated.has(identity)) roles.set(form, 'deprecated');
    else if (term.mistranslated) roles.set(form, 'article');
  }
  return roles;
}

/**
 * Builds the word tries of every form of every term, in both languages.
 *
 * @example
 * const matcher = compileTerms(kb.glossary);
 */
export function compileTerms(glossary: readonly Frozen<Term>[]): TermMatcher {
  const roots: Record<Lang, TrieNode> = { ar: { next: undefined, entries: undefined }, en: { next: undefined, entries: undefined } };
  for (const term of glossary)
    for (const lang of LANGS)
      for (const [form, role] of rolesOf(term, lang)) {
        const stems = stemsOf(form);
        if (stems.length === 0) continue;
        let node = roots[lang];
        for (const stem of stems) {
          node.next ??= new Map();
          let child = node.next.get(stem);
          if (child === undefined) node.next.set(stem, (child = { next: undefined, entries: undefined }));
          node = child;
        }
        const words = toSearchKey(form, { loose: true }).split(' ');
        (node.entries ??= []).push({ term, form, role, words });
      }
  return { roots, variants: new Map(), firstVariants: new Map() };
}

/** The most words whose variants are kept between calls; past it the cache starts afresh. */
const MAX_CACHED = 50_000;

/**
 * The stems a word of the text may stand for: its own stem, the stem without the
 * accusative alif, and, when it begins a form, the stems without a single-letter
 * proclitic (وبمصداقيته, فالمضاربة); `ال` and `لل` are the stemmer's.
 */
function variantsOf(matcher: TermMatcher, word: string, first: boolean): readonly string[] {
  const cache = first ? matcher.firstVariants : matcher.variants;
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  const out = new Set<string>();
  const add = (w: string) => {
    out.add(stemWord(w));
    const bare = withoutAccusative(w);
    if (bare !== undefined) out.add(stemWord(bare));
  };
  add(word);
  if (first && isArabic(word)) {
    let rest = word;
    if (CONJUNCTIONS.includes(rest.charAt(0)) && rest.length >= 4) add((rest = rest.slice(1)));
    if (PREPOSITIONS.includes(rest.charAt(0)) && rest.length >= 4) add(rest.slice(1));
  }
  const list = [...out];
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(word, list);
  return list;
}

/**
 * Every run of words of the text that spells a listed form of `lang`, by first word.
 *
 * @example
 * matchForms(matcher, wordSpans('سوبر قويًا'), 'ar').map((m) => [m.first, m.last]) //=> [[0, 2]]
 */
export function matchForms(matcher: TermMatcher, words: readonly WordSpan[], lang: Lang): FormMatch[] {
  const matches: FormMatch[] = [];
  const n = words.length;
  // Each word's stems, looked up once however many forms reach it.
  const inner: (readonly string[] | undefined)[] = new Array(n);
  const walk = (node: TrieNode, first: number, at: number): void => {
    if (node.entries !== undefined) matches.push({ first, last: at, entries: node.entries });
    if (node.next === undefined || at >= n) return;
    for (const stem of (inner[at] ??= variantsOf(matcher, words[at]!.key, false))) {
      const child = node.next.get(stem);
      if (child !== undefined) walk(child, first, at + 1);
    }
  };
  const root = matcher.roots[lang];
  if (root.next === undefined) return matches;
  for (let i = 0; i < n; i++)
    for (const stem of variantsOf(matcher, words[i]!.key, true)) {
      const child = root.next.get(stem);
      if (child !== undefined) walk(child, i, i + 1);
    }
  return matches;
}
