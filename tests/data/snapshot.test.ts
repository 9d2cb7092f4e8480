import { expect, it } from 'vitest';
import { article, entities, events, glossary, quotes, type Source } from '../../src/index.js';

// A readable copy of every record, committed beside the tests, so a change to the data shows
// in review as a diff of prose rather than of JSON and code: every string a reader sees
// (names, descriptions, summaries, contexts, definitions, notes, forms, Wikidata links), one
// per line. `vitest -u` rewrites it.
const cite = (sources: readonly Source[]) =>
  sources.map((s) => (s.kind === 'article' ? `¶${s.paragraph}` : `outside: ${s.where}`)).join('; ');
const when = (d: (typeof events)[number]['date']) =>
  d.precision === 'undated' ? 'undated' : `${d.value}${d.timeZone ? ` (${d.timeZone})` : ''}`;
const pair = (label: string, value: { readonly ar: string; readonly en: string } | undefined) =>
  value ? [`  - ${label} (en): ${value.en}`, `  - ${label} (ar): ${value.ar}`] : [];
const list = (items: readonly string[]) => items.join(' | ') || '—';

const lines = [
  '# Records of open-weight-kb',
  '',
  `${entities.length} entities, ${events.length} events, ${quotes.length} quotations, ${glossary.length} terms; ` +
    `the article: ${article.paragraphs.length} paragraphs, ${article.translationNotes.length} translation notes.`,
  '',
  '## Article',
  `- **${article.id}**: ${article.title.en} / ${article.title.ar}; ${article.language} machine-translated from ${article.translatedFrom}, ` +
    `published ${when(article.published)}, publisher ${article.publisher ?? 'unknown'} [${cite(article.sources)}]`,
  ...pair('note', article.note),
  ...article.paragraphs.map((p) => `  - ¶${p.paragraph} ${p.role}`),
  ...article.translationNotes.flatMap((n) => [
    `  - ${n.id} (¶${n.paragraph}, ${n.kind}${n.terms.length ? `; ${n.terms.join(', ')}` : ''}): «${n.excerpt}»`,
    ...pair('note', n.note).map((l) => `  ${l}`),
  ]),
  '',
  '## Entities',
  ...entities.flatMap((e) => [
    `- **${e.id}** (${e.kind}): ${e.name.en} / ${e.name.ar}. Aliases: ${list([...e.aliases.en, ...e.aliases.ar])}. ` +
      `${e.relations.map((r) => `${r.type} ${r.target} [${cite(r.sources)}]`).join(', ')} [${cite(e.sources)}]`,
    ...pair('description', e.description),
    ...(e.sameAs.length ? [`  - sameAs: ${e.sameAs.join(' ')}`] : []),
  ]),
  '',
  '## Events',
  ...events.flatMap((e) => [
    `- **${e.id}** (${e.status}, ${[e.date, ...e.otherDates].map(when).join(' = ')}): ${e.title.en} / ${e.title.ar} [${cite(e.sources)}]`,
    ...pair('summary', e.summary),
    ...pair('dateNote', e.dateNote),
  ]),
  '',
  '## Quotations',
  ...quotes.flatMap((q) => [
    `- **${q.id}** (${q.speaker}, ${when(q.date)}, ${q.medium}${q.truncated ? ', cut off' : ''}${q.partOf ? `, part of ${q.partOf}` : ''}, ` +
      `original ${q.original.lang}${q.original.verified ? '' : ' not verified'}): “${q.text.en}” / «${q.text.ar}» [${cite(q.sources)}]`,
    ...pair('fullText', q.fullText),
    ...pair('context', q.context),
  ]),
  '',
  '## Glossary',
  ...glossary.flatMap((t) => [
    `- **${t.id}**${t.mistranslated ? ' (mistranslated)' : ''}, ${t.partOfSpeech}, ${t.domain}: ${t.forms.en.preferred} / ${t.forms.ar.preferred} [${cite(t.sources)}]`,
    ...(['en', 'ar'] as const).map(
      (lang) =>
        `  - forms (${lang}): admitted ${list(t.forms[lang].admitted)}; deprecated ${list(t.forms[lang].deprecated)}; article ${list(t.forms[lang].article)}`,
    ),
    ...pair('definition', t.definition),
    ...pair('note', t.note),
  ]),
  '',
];

it('matches the committed snapshot of every record', async () => {
  await expect(lines.join('\n')).toMatchFileSnapshot('../__snapshots__/records.md');
});
