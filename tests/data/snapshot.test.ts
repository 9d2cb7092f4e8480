import { expect, it } from 'vitest';
import { entities, events, glossary, quotes, type Source } from '../../src/index.js';

// A readable copy of every record, committed beside the tests, so a change to the data shows
// in review as a diff of prose rather than of JSON and code. `vitest -u` rewrites it.
const cite = (sources: readonly Source[]) =>
  sources.map((s) => (s.kind === 'article' ? `¶${s.paragraph}` : `outside: ${s.where}`)).join('; ');
const when = (d: (typeof events)[number]['date']) => (d.precision === 'undated' ? 'undated' : `${d.value}${d.timeZone ? ` (${d.timeZone})` : ''}`);

const lines = [
  '# Records of open-weight-kb',
  '',
  `${entities.length} entities, ${events.length} events, ${quotes.length} quotations, ${glossary.length} terms.`,
  '',
  '## Entities',
  ...entities.map(
    (e) =>
      `- **${e.id}** (${e.kind}): ${e.name.en} / ${e.name.ar}. Aliases: ${[...e.aliases.en, ...e.aliases.ar].join(', ') || '—'}. ` +
      `${e.relations.map((r) => `${r.type} ${r.target}`).join(', ')} [${cite(e.sources)}]`,
  ),
  '',
  '## Events',
  ...events.map(
    (e) => `- **${e.id}** (${e.status}, ${[e.date, ...e.otherDates].map(when).join(' = ')}): ${e.title.en} / ${e.title.ar} [${cite(e.sources)}]`,
  ),
  '',
  '## Quotations',
  ...quotes.map(
    (q) =>
      `- **${q.id}** (${q.speaker}, ${q.medium}${q.truncated ? ', cut off' : ''}, original ${q.original.lang}${q.original.verified ? '' : ' not verified'}): ` +
      `“${q.text.en}” / «${q.text.ar}» [${cite(q.sources)}]`,
  ),
  '',
  '## Glossary',
  ...glossary.map(
    (t) =>
      `- **${t.id}**${t.mistranslated ? ' (mistranslated)' : ''}: ${t.forms.en.preferred} / ${t.forms.ar.preferred}` +
      `${t.forms.ar.deprecated.length ? `; not: ${t.forms.ar.deprecated.join('، ')}` : ''} [${cite(t.sources)}]`,
  ),
  '',
];

it('matches the committed snapshot of every record', async () => {
  await expect(lines.join('\n')).toMatchFileSnapshot('../__snapshots__/records.md');
});
