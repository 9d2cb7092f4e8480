import { assertOneOf, assertOptions, assertString, describe } from '../_lib/assert.js';
import type { Frozen } from '../_lib/deepFreeze.js';
import type { KbIndex } from '../kbIndex.js';
import { LANGS, type Lang } from '../enums.js';
import type { Localized } from '../schema/common.js';
import { type FormEntry, type TermMatcher, bare, compileTerms, matchForms } from './termMatcher.js';
import { wordSpans } from './wordSpans.js';

/**
 * Options of `checkTerms`.
 *
 * @example
 * checkTerms('كتب «التعهيد المفتوح»', 'ar', { skipQuoted: true }) //=> []
 */
export interface CheckTermsOptions {
  /**
   * Leave out forms inside «…» or “…” quotation marks, which quote a text rather than use
   * its words (the rule the package's own strings follow). Default: `false`, every form
   * is reported.
   */
  skipQuoted?: boolean;
}

/**
 * One deprecated or mistranslated form of a glossary term found in a text.
 *
 * @example
 * checkTerms('They joined the AI arms.', 'en')[0]
 * //=> { start: 16, end: 23, text: 'AI arms', termId: 'ai-arms-race', lang: 'en', form: 'AI Arms',
 * //     status: 'article', preferred: 'AI arms race', note: { … } }
 */
export interface TermFinding {
  /** UTF-16 offset of the first character in the original text. */
  readonly start: number;
  /** UTF-16 offset just after the last character (exclusive). */
  readonly end: number;
  /** `text.slice(start, end)`: the words as written, with their attached prefixes. */
  readonly text: string;
  readonly termId: string;
  readonly lang: Lang;
  /** The listed form that matched. */
  readonly form: string;
  /** `'deprecated'`, or `'article'` for the article's own mistranslation. */
  readonly status: 'deprecated' | 'article';
  /** The preferred form to use instead, same language. */
  readonly preferred: string;
  /** Why the form is wrong, when the glossary says. */
  readonly note?: Frozen<Localized>;
}

const NONE: readonly TermFinding[] = Object.freeze([]);
const matchers = /*@__PURE__*/ new WeakMap<KbIndex, TermMatcher>();

/** The compiled forms of a knowledge base's glossary, built on first use. */
function matcherOf(index: KbIndex): TermMatcher {
  let matcher = matchers.get(index);
  if (matcher === undefined) matchers.set(index, (matcher = compileTerms(index.data.glossary)));
  return matcher;
}

/** The ranges of a text inside closed «…» and “…” quotations (nested ones included). */
function quotedRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  const open: Record<string, number[]> = { '»': [], '”': [] };
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === '«') open['»']!.push(i);
    else if (c === '“') open['”']!.push(i);
    else if (c === '»' || c === '”') {
      const at = open[c]!.pop();
      if (at !== undefined) ranges.push([at, i + 1]);
    }
  }
  return ranges;
}

/**
 * How close a match is spelt to a form, to choose among forms that share stems (ومضاربة is
 * مضاربة, speculation, not المضاربين, speculators): per word, 3 when spelt the same, 2 and a
 * fraction when the same but for proclitics (the nearer in length, the closer), 1 when
 * one ends the other.
 */
function closeness(entry: FormEntry, keys: readonly string[]): number {
  let score = 0;
  for (let i = 0; i < keys.length; i++) {
    const word = entry.words[i] ?? '';
    const key = keys[i]!;
    if (word === key) score += 3;
    else if (bare(word) === bare(key)) score += 2 + 1 / (1 + Math.abs(word.length - key.length));
    else if (key.endsWith(word) || word.endsWith(key)) score += 1;
  }
  return score;
}

/**
 * Finds the deprecated and mistranslated forms of a text; see `KnowledgeBase.checkTerms`.
 *
 * @example
 * checkTerms(index, 'سوبر قويًا', 'ar')[0]?.preferred //=> 'قوي للغاية'
 */
export function checkTerms(index: KbIndex, text: unknown, lang: unknown, options?: unknown): readonly TermFinding[] {
  assertString('checkTerms', 'text', text);
  if (lang === undefined) throw new TypeError(`checkTerms: lang must be one of 'ar', 'en', got ${describe(lang)}`);
  assertOneOf('checkTerms', 'lang', lang, LANGS);
  assertOptions('checkTerms', 'options', options);
  const skipQuoted = options?.skipQuoted ?? false;
  if (typeof skipQuoted !== 'boolean') throw new TypeError(`checkTerms: options.skipQuoted must be a boolean, got ${describe(skipQuoted)}`);

  const matcher = matcherOf(index);
  const words = wordSpans(text);
  const matches = matchForms(matcher, words, lang);
  if (matches.length === 0) return NONE;

  // At each run of words, the forms spelt closest to it win: «تريليون معلمات» is the
  // deprecated form, «تريليون معلمة» the preferred one, though both stem alike.
  const winners = matches.map((m) => {
    if (m.entries.length === 1) return m.entries;
    const keys = words.slice(m.first, m.last).map((w) => w.key);
    const scores = m.entries.map((e) => closeness(e, keys));
    const best = Math.max(...scores);
    return m.entries.filter((_, i) => scores[i] === best);
  });
  // A form to use that spans a reported form wins too: "AI arms race" holds the article's
  // "AI Arms", «يضر بمصداقيته» holds مصداقيته; neither is a finding.
  // reach[i]: the furthest end of a good form starting at or before word i.
  const reach = new Int32Array(words.length);
  matches.forEach((m, i) => {
    if (m.last > reach[m.first]! && winners[i]!.some((e) => e.role === 'good')) reach[m.first] = m.last;
  });
  for (let i = 1; i < reach.length; i++) if (reach[i - 1]! > reach[i]!) reach[i] = reach[i - 1]!;
  const candidates: { first: number; last: number; entries: FormEntry[] }[] = [];
  matches.forEach((m, i) => {
    const won = winners[i]!;
    if (reach[m.first]! >= m.last || won.some((e) => e.role === 'good')) return;
    // One finding per term: its closest form.
    const entries: FormEntry[] = [];
    for (const e of won) if (!entries.some((other) => other.term === e.term)) entries.push(e);
    candidates.push({ first: m.first, last: m.last, entries });
  });
  // Leftmost first, then longest: a longer form starting at the same word wins.
  candidates.sort((a, b) => a.first - b.first || b.last - a.last);

  const quoted = skipQuoted ? quotedRanges(text) : [];
  const findings: TermFinding[] = [];
  let taken = 0;
  for (const m of candidates) {
    if (m.first < taken) continue;
    const start = words[m.first]!.start;
    const end = words[m.last - 1]!.end;
    if (quoted.some(([from, to]) => from <= start && end <= to)) continue;
    taken = m.last;
    for (const { term, form, role } of m.entries)
      findings.push(
        Object.freeze({
          start,
          end,
          text: text.slice(start, end),
          termId: term.id,
          lang,
          form,
          status: role as 'deprecated' | 'article',
          preferred: term.forms[lang].preferred,
          ...(term.note === undefined ? {} : { note: term.note }),
        }),
      );
  }
  return findings.length === 0 ? NONE : Object.freeze(findings);
}
