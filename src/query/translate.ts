import { assertOneOf, assertString } from '../_lib/assert.js';
import { TIER, findCandidates } from '../search/findCandidates.js';
import type { AnyRecord } from '../_lib/records.js';
import type { KbIndex } from '../kbIndex.js';
import { LANGS, type Lang } from '../enums.js';
import { detectScript } from '../text/detectScript.js';

const NAMED = new Set(['entity', 'term'] as const);

/** The preferred form of a term, or the name of an entity, in one language. */
const preferredIn = (item: AnyRecord, lang: Lang): string | undefined =>
  item.kind === 'term' ? item.record.forms[lang].preferred : item.kind === 'entity' ? item.record.name[lang] : undefined;

/** Translates the term or entity a text names; see `KnowledgeBase.translate`. */
export function translate(index: KbIndex, text: unknown, to?: unknown): string | undefined {
  assertString('translate', 'text', text);
  assertOneOf('translate', 'to', to, LANGS);
  const from = detectScript(text);
  const target = to ?? (from === 'ar' ? 'en' : from === 'en' ? 'ar' : undefined);
  if (target === undefined) return undefined;
  // Whole names match first through the same maps as search; a typo is accepted only when
  // every word of the text matched a name word.
  const [best] = findCandidates(index.search(), text, { kinds: NAMED, lang: from, limit: 1, stopAtName: true });
  if (best === undefined || best.coverage < 1 || best.tier < TIER.nameFuzzy) return undefined;
  return preferredIn(index.records[best.doc]!, target);
}
