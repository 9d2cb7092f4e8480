// The command calls `lookup` and `checkTerms` as the package will export them (their
// interfaces are fixed); until those land, these plain versions over the bundled records
// answer with the same shapes: whole forms only, compared after toSearchKey, no typos.
import { entities, glossary } from '../index.js';
import type { Frozen, Lang, Localized, Term, Entity } from '../index.js';
import { toSearchKey } from '../text/toSearchKey.js';

/** The status of the form a text matched. */
export type FormStatus = 'preferred' | 'admitted' | 'deprecated' | 'article' | 'name' | 'alias' | 'handle';
/** How a text matched a form. */
export type MatchKind = 'exact' | 'normalized' | 'stemmed' | 'typo';
/** What `lookup` found. */
export interface LookupResult {
  readonly kind: 'term' | 'entity';
  readonly id: string;
  readonly record: Frozen<Term> | Frozen<Entity>;
  readonly from: Lang;
  readonly to: Lang;
  readonly matched: { readonly form: string; readonly status: FormStatus };
  readonly match: MatchKind;
  readonly translation: string;
  readonly preferred?: string;
  readonly note?: Frozen<Localized>;
}
/** Options of `lookup`. */
export interface LookupOptions {
  from?: Lang;
  to?: Lang;
}
/** One deprecated or article-only form found in a text. */
export interface TermFinding {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly termId: string;
  readonly lang: Lang;
  readonly form: string;
  readonly status: 'deprecated' | 'article';
  readonly preferred: string;
  readonly note?: Frozen<Localized>;
}

const other = (lang: Lang): Lang => (lang === 'ar' ? 'en' : 'ar');

/** The term or entity a whole text names, with the form it matched. */
export function lookup(text: string, options?: LookupOptions): LookupResult | undefined {
  const key = toSearchKey(text);
  if (key === '') return undefined;
  for (const term of glossary)
    for (const from of ['ar', 'en'] as const) {
      if (options?.from && options.from !== from) continue;
      const forms = term.forms[from];
      const listed: [string, FormStatus][] = [
        [forms.preferred, 'preferred'],
        ...forms.admitted.map((f): [string, FormStatus] => [f, 'admitted']),
        ...forms.deprecated.map((f): [string, FormStatus] => [f, 'deprecated']),
        ...forms.article.map((f): [string, FormStatus] => [f, 'article']),
      ];
      const hit = listed.find(([form]) => toSearchKey(form) === key);
      if (!hit) continue;
      const to = options?.to ?? other(from);
      const stale = hit[1] === 'deprecated' || hit[1] === 'article';
      return {
        kind: 'term',
        id: term.id,
        record: term,
        from,
        to,
        matched: { form: hit[0], status: hit[1] },
        match: hit[0] === text.trim() ? 'exact' : 'normalized',
        translation: term.forms[to].preferred,
        ...(stale ? { preferred: forms.preferred } : {}),
        ...(term.note ? { note: term.note } : {}),
      };
    }
  for (const entity of entities)
    for (const from of ['ar', 'en'] as const) {
      if (options?.from && options.from !== from) continue;
      const listed: [string, FormStatus][] = [
        [entity.name[from], 'name'],
        ...entity.aliases[from].map((f): [string, FormStatus] => [f, 'alias']),
        ...(from === 'en' ? entity.handles.map((f): [string, FormStatus] => [f, 'handle']) : []),
      ];
      const hit = listed.find(([form]) => toSearchKey(form) === key);
      if (!hit) continue;
      const to = options?.to ?? other(from);
      return {
        kind: 'entity',
        id: entity.id,
        record: entity,
        from,
        to,
        matched: { form: hit[0], status: hit[1] },
        match: hit[0] === text.trim() ? 'exact' : 'normalized',
        translation: entity.name[to],
      };
    }
  return undefined;
}

/** The deprecated and article-only forms a text uses, in text order. */
export function checkTerms(text: string, lang: Lang): readonly TermFinding[] {
  const findings: TermFinding[] = [];
  for (const term of glossary) {
    const forms = term.forms[lang];
    const good = new Set([forms.preferred, ...forms.admitted]);
    const bad: [string, 'deprecated' | 'article'][] = [
      ...forms.deprecated.map((f): [string, 'deprecated'] => [f, 'deprecated']),
      ...forms.article.filter((f) => !good.has(f) && !forms.deprecated.includes(f)).map((f): [string, 'article'] => [f, 'article']),
    ];
    for (const [form, status] of bad)
      for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length))
        findings.push({
          start: at,
          end: at + form.length,
          text: form,
          termId: term.id,
          lang,
          form,
          status,
          preferred: forms.preferred,
          ...(term.note ? { note: term.note } : {}),
        });
  }
  return findings.sort((a, b) => a.start - b.start || b.end - a.end);
}
