import { assertOneOf, assertOptions, assertString } from '../_lib/assert.js';
import type { Frozen } from '../_lib/deepFreeze.js';
import { lazy } from '../_lib/lazy.js';
import type { KbIndex } from '../kbIndex.js';
import { LANGS, type Lang } from '../enums.js';
import type { Localized } from '../schema/common.js';
import type { Entity } from '../schema/entity.js';
import type { Term } from '../schema/term.js';
import { detectScript } from '../text/detectScript.js';
import { stemWord } from '../text/stemWord.js';
import { toSearchKey } from '../text/toSearchKey.js';

/**
 * The status of the form that matched: a term's `preferred`, `admitted`, `deprecated`
 * or `article` form (`article`: a form only the article uses, its mistranslation), or an
 * entity's `name`, `alias` or X `handle`.
 *
 * @example
 * lookup('عامل التعريف')?.matched.status //=> 'deprecated'
 */
export type FormStatus = 'preferred' | 'admitted' | 'deprecated' | 'article' | 'name' | 'alias' | 'handle';
/**
 * How the text matched the form: as written (`exact`), after the search normalization
 * (`normalized`: case, diacritics, tatweel, letter forms, hamza seats, punctuation), after
 * light stemming (`stemmed`: prefixes such as و ب ال لل, plural endings), or with one
 * misspelt word (`typo`).
 *
 * @example
 * lookup('وحرب المواهب')?.match //=> 'stemmed'
 */
export type MatchKind = 'exact' | 'normalized' | 'stemmed' | 'typo';

/**
 * Options of `lookup`.
 *
 * @example
 * lookup('Altman', { from: 'en', to: 'en' })?.translation //=> 'Sam Altman'
 */
export interface LookupOptions {
  /** Match only the forms of this language. Default: either language. */
  from?: Lang;
  /** The language of `translation`. Default: the other language than the form's. */
  to?: Lang;
}

/**
 * What a text names in the glossary or among the entities, and how it matched.
 *
 * @example
 * lookup('سباق AI Arms')
 * //=> { kind: 'term', id: 'ai-arms-race', from: 'ar', to: 'en', match: 'exact',
 * //     matched: { form: 'سباق AI Arms', status: 'deprecated' }, translation: 'AI arms race',
 * //     preferred: 'سباق التسلح في مجال الذكاء الاصطناعي', note: { … }, record: { … } }
 */
export interface LookupResult {
  readonly kind: 'term' | 'entity';
  readonly id: string;
  readonly record: Frozen<Term> | Frozen<Entity>;
  /** The language of the form that matched. */
  readonly from: Lang;
  readonly to: Lang;
  readonly matched: { readonly form: string; readonly status: FormStatus };
  readonly match: MatchKind;
  /** The preferred form of the term, or the entity's name, in `to`. */
  readonly translation: string;
  /** The preferred form in `from`, when the form that matched is deprecated or the article's. */
  readonly preferred?: string;
  /** The term's note (why a form is wrong), when it has one. */
  readonly note?: Frozen<Localized>;
}

interface NameForm {
  readonly kind: 'term' | 'entity';
  readonly record: Frozen<Term> | Frozen<Entity>;
  readonly lang: Lang;
  readonly form: string;
  readonly status: FormStatus;
  /** Rank of the status, best first; terms before entities on a tie (this is a terminology look-up). */
  readonly rank: number;
  readonly order: number;
  /** The light stems of its words; filled when the keyed maps are built. */
  stems: readonly string[];
}

interface TypoMaps {
  /** Multi-word forms, by their stems with one word left out (`2\u0001a b \u0002 d`). */
  readonly masked: Map<string, NameForm[]>;
  /** One-word forms, under their stem and each one-letter deletion of it. */
  readonly deletions: Map<string, NameForm[]>;
}

interface KeyMaps {
  /** Forms under their normalized and loosely normalized keys. */
  readonly normalized: Map<string, NameForm[]>;
  /** Forms under their stemmed key. */
  readonly stemmed: Map<string, NameForm[]>;
}

/**
 * Every name, built in stages so a look-up pays only for what it needs: a name typed
 * exactly needs no key at all.
 */
interface NameTable {
  readonly exact: Map<string, NameForm[]>;
  /** The normalized and stemmed maps, built the first time a look-up needs one. */
  readonly keyed: () => KeyMaps;
  /** The maps of the typo pass, built the first time a look-up needs one (after `keyed`). */
  readonly typos: () => TypoMaps;
}

const STATUS_RANK: Readonly<Record<FormStatus, number>> = { preferred: 0, name: 0, admitted: 1, alias: 1, handle: 2, deprecated: 3, article: 4 };
const KIND_RANK = { term: 0, entity: 1 } as const;

const tables = /*@__PURE__*/ new WeakMap<KbIndex, NameTable>();
const limits = /*@__PURE__*/ new WeakMap<KbIndex, number>();

/**
 * The longest text that can still be a name: four times the longest name (room for
 * diacritics, tatweel and spaces), at least 1,024 code units. Longer texts are answered
 * without building anything.
 */
function maxLengthOf(index: KbIndex): number {
  let limit = limits.get(index);
  if (limit !== undefined) return limit;
  let longest = 0;
  const measure = (list: readonly string[]) => {
    for (const form of list) if (form.length > longest) longest = form.length;
  };
  for (const term of index.data.glossary)
    for (const lang of LANGS) {
      const forms = term.forms[lang];
      measure([forms.preferred, ...forms.admitted, ...forms.deprecated, ...forms.article]);
    }
  for (const entity of index.data.entities) {
    for (const lang of LANGS) measure([entity.name[lang], ...entity.aliases[lang]]);
    measure(entity.handles);
  }
  limits.set(index, (limit = Math.max(1024, 4 * (longest + 1))));
  return limit;
}

/** Adds a form to the list under `key`, once. */
function put(map: Map<string, NameForm[]>, key: string, form: NameForm): void {
  if (key === '') return;
  const list = map.get(key);
  if (list === undefined) map.set(key, [form]);
  else if (list[list.length - 1] !== form) list.push(form);
}

/** The typo maps of every form: one-word forms by deletions, longer ones with each word left out. */
function typoMaps(forms: readonly NameForm[]): TypoMaps {
  const maps: TypoMaps = { masked: new Map(), deletions: new Map() };
  for (const form of forms) {
    const { stems } = form;
    if (stems.length === 1) for (const variant of deletionsOf(stems[0]!)) put(maps.deletions, variant, form);
    else for (let i = 0; i < stems.length; i++) put(maps.masked, maskedKey(stems, i), form);
  }
  return maps;
}

/** The normalized and stemmed keys of every form; each distinct string is keyed once. */
function keyMaps(forms: readonly NameForm[]): KeyMaps {
  const maps: KeyMaps = { normalized: new Map(), stemmed: new Map() };
  const keysOf = new Map<string, { normalized: string; loose: string; stems: string[]; stemmed: string }>();
  const stemCache = new Map<string, string>();
  const stem = (word: string) => {
    let known = stemCache.get(word);
    if (known === undefined) stemCache.set(word, (known = stemWord(word)));
    return known;
  };
  for (const entry of forms) {
    // Large knowledge bases repeat their names.
    let keys = keysOf.get(entry.form);
    if (keys === undefined) {
      const normalized = toSearchKey(entry.form);
      // The loose key differs only by the hamza seats ؤ ئ.
      const loose = entry.form.includes('\u0624') || entry.form.includes('\u0626') ? toSearchKey(entry.form, { loose: true }) : normalized;
      const stems = loose === '' ? [] : loose.split(' ').map(stem);
      keysOf.set(entry.form, (keys = { normalized, loose, stems, stemmed: stems.join(' ') }));
    }
    entry.stems = keys.stems;
    put(maps.normalized, keys.normalized, entry);
    if (keys.loose !== keys.normalized) put(maps.normalized, keys.loose, entry);
    put(maps.stemmed, keys.stemmed, entry);
  }
  return maps;
}

/** Every name of every term and entity, as written; the other keys wait for a look-up that needs them. */
function tableOf(index: KbIndex): NameTable {
  const known = tables.get(index);
  if (known !== undefined) return known;
  const all: NameForm[] = [];
  const keyed = lazy(() => keyMaps(all));
  const table: NameTable = {
    exact: new Map(),
    keyed,
    typos: lazy(() => {
      keyed();
      return typoMaps(all);
    }),
  };
  let order = 0;
  // A form listed twice in one record keeps its first, best status: the article's form
  // that is also the preferred form is preferred.
  let seen = new Set<string>();
  let current: unknown;
  const add = (kind: 'term' | 'entity', record: Frozen<Term> | Frozen<Entity>, lang: Lang, form: string, status: FormStatus) => {
    if (record !== current) {
      current = record;
      seen = new Set();
    }
    const listed = `${lang}\u0000${form}`;
    if (seen.has(listed)) return;
    seen.add(listed);
    const entry: NameForm = { kind, record, lang, form, status, rank: STATUS_RANK[status] * 2 + KIND_RANK[kind], order: order++, stems: [] };
    put(table.exact, form.trim(), entry);
    all.push(entry);
  };
  for (const term of index.data.glossary)
    for (const lang of LANGS) {
      const forms = term.forms[lang];
      add('term', term, lang, forms.preferred, 'preferred');
      for (const form of forms.admitted) add('term', term, lang, form, 'admitted');
      for (const form of forms.deprecated) add('term', term, lang, form, 'deprecated');
      for (const form of forms.article) add('term', term, lang, form, 'article');
    }
  for (const entity of index.data.entities) {
    for (const lang of LANGS) {
      add('entity', entity, lang, entity.name[lang], 'name');
      for (const alias of entity.aliases[lang]) add('entity', entity, lang, alias, 'alias');
    }
    for (const handle of entity.handles) {
      add('entity', entity, 'en', handle, 'handle');
      add('entity', entity, 'en', `@${handle}`, 'handle');
    }
  }
  tables.set(index, table);
  return table;
}

/**
 * Optimal-string-alignment distance (a swap of two neighbours is one edit), or `limit + 1`
 * as soon as it must exceed `limit`.
 */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1))
        d = Math.min(d, before[j - 2]! + 1);
      current.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * A word and every string one deletion away from it: two words one edit apart (an
 * insertion, a deletion, a substitution or a swap of neighbours) share one of these.
 */
function deletionsOf(word: string): Set<string> {
  const out = new Set([word]);
  for (let i = 0; i < word.length; i++) out.add(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** The stems of a name with word `i` left out, and its position, as one key. */
const maskedKey = (stems: readonly string[], i: number): string => `${i}\u0001${stems.map((s, j) => (j === i ? '\u0002' : s)).join(' ')}`;

/**
 * Whether the query's words equal a form's words but one, and that one is one edit away
 * (an insertion, a deletion, a substitution or a swap of neighbours) and has at least five
 * letters: under five, one edit makes another word (beta is not Meta, same is not sama).
 */
function oneTypoAway(query: readonly string[], form: readonly string[]): boolean {
  if (query.length !== form.length) return false;
  let typos = 0;
  for (let i = 0; i < query.length; i++) {
    if (query[i] === form[i]) continue;
    const word = query[i]!;
    if (++typos > 1 || word.length < 5 || editDistance(word, form[i]!, 1) > 1) return false;
  }
  return typos === 1;
}

/**
 * Looks up the term or entity a text names; see `KnowledgeBase.lookup`. `fn` names the
 * public function in error messages (`translate` is built on it).
 *
 * @example
 * lookup(index, 'Zuckerbreg')?.match //=> 'typo'
 */
export function lookup(index: KbIndex, text: unknown, options?: unknown, fn = 'lookup'): LookupResult | undefined {
  assertString(fn, 'text', text);
  assertOptions(fn, 'options', options);
  const { from, to } = options ?? {};
  assertOneOf(fn, 'options.from', from, LANGS);
  assertOneOf(fn, 'options.to', to, LANGS);
  if (text.length > maxLengthOf(index)) return undefined;
  const table = tableOf(index);

  // The script breaks ties between languages (ا typed as a name in both lists); it never
  // filters, so a mixed-script name such as «نماذج gpt-oss» is still found.
  const script = detectScript(text);
  const pick = (forms: readonly NameForm[] | undefined): NameForm | undefined => {
    let best: NameForm | undefined;
    for (const form of forms ?? []) {
      if (from !== undefined && form.lang !== from) continue;
      if (best === undefined || better(form, best)) best = form;
    }
    return best;
  };
  const better = (a: NameForm, b: NameForm) => {
    const sa = a.lang === script ? 0 : 1;
    const sb = b.lang === script ? 0 : 1;
    return a.rank !== b.rank ? a.rank < b.rank : sa !== sb ? sa < sb : a.order < b.order;
  };

  let found: NameForm | undefined;
  let match: MatchKind = 'exact';
  const exact = text.trim();
  if (exact === '') return undefined;
  found = pick(table.exact.get(exact));
  if (found === undefined) {
    match = 'normalized';
    const loose = toSearchKey(text, { loose: true });
    if (loose === '') return undefined;
    const { normalized, stemmed } = table.keyed();
    found = pick(normalized.get(toSearchKey(text))) ?? pick(normalized.get(loose));
    const stems = loose.split(' ').map(stemWord);
    if (found === undefined) {
      match = 'stemmed';
      found = pick(stemmed.get(stems.join(' ')));
    }
    if (found === undefined) {
      match = 'typo';
      const near: NameForm[] = [];
      const { deletions, masked } = table.typos();
      if (stems.length === 1) for (const variant of deletionsOf(stems[0]!)) near.push(...(deletions.get(variant) ?? []));
      else for (let i = 0; i < stems.length; i++) near.push(...(masked.get(maskedKey(stems, i)) ?? []));
      found = pick(near.filter((form) => oneTypoAway(stems, form.stems)));
    }
  }
  if (found === undefined) return undefined;

  const { kind, record, lang, form, status } = found;
  const target = to ?? (lang === 'ar' ? 'en' : 'ar');
  const term = kind === 'term' ? (record as Frozen<Term>) : undefined;
  const translation = term !== undefined ? term.forms[target].preferred : (record as Frozen<Entity>).name[target];
  return Object.freeze({
    kind,
    id: record.id,
    record,
    from: lang,
    to: target,
    matched: Object.freeze({ form, status }),
    match,
    translation,
    ...(term !== undefined && (status === 'deprecated' || status === 'article') ? { preferred: term.forms[lang].preferred } : {}),
    ...(term?.note !== undefined ? { note: term.note } : {}),
  } as LookupResult);
}
