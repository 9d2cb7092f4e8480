import { createInstance } from 'i18next';
import { resources } from '../i18n/index.js';
import { entities, events, glossary, quotes, search, timeline, translate } from '../index.js';
import type { Lang } from '../enums.js';
import type { EventDate } from '../schema/event.js';
import type { Frozen } from '../_lib/deepFreeze.js';

const args = process.argv.slice(2);
const langFlag = args.indexOf('--lang');
const lang: Lang = langFlag >= 0 && args[langFlag + 1] === 'ar' ? 'ar' : 'en';
const [command = 'summary', ...rest] = langFlag >= 0 ? args.filter((_, i) => i !== langFlag && i !== langFlag + 1) : args;
const text = rest.join(' ');

const t = await createInstance().init({ lng: lang, resources, defaultNS: 'ui', ns: ['ui'], interpolation: { escapeValue: false } });
// Arabic-Indic digits for Arabic, as Arabic readers expect; Intl's plain `ar` gives Latin digits.
const locale = lang === 'ar' ? 'ar-u-nu-arab' : 'en';
const number = new Intl.NumberFormat(locale);
const count = (key: string, n: number) => t(key, { count: n, n: number.format(n) });
const day = (date: Frozen<EventDate>) => {
  if (date.precision === 'undated') return t('undated');
  const [y, m = '01', d = '01'] = date.value.split('-');
  const options: Intl.DateTimeFormatOptions =
    date.precision === 'day' ? { dateStyle: 'long' } : date.precision === 'month' ? { year: 'numeric', month: 'long' } : { year: 'numeric' };
  // A calendar date, not an instant: read it in UTC or a reader west of Greenwich sees the day before.
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(Date.UTC(+y!, +m - 1, +d));
};
const out = (line: string) => process.stdout.write(`${line}\n`);
// `open-weight-kb timeline | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

switch (command) {
  case 'summary':
  case 'timeline':
    if (command === 'summary') {
      out(t('title'));
      out(
        t('counts', {
          entities: count('entity', entities.length),
          events: count('event', events.length),
          quotes: count('quote', quotes.length),
          terms: count('term', glossary.length),
        }),
      );
      out('');
    }
    out(t('timeline'));
    for (const event of timeline()) out(`  ${day(event.date)} · ${event.title[lang]} (${t(`status.${event.status}`)})`);
    break;
  case 'search': {
    const hits = search(text);
    if (hits.length === 0) out(t('noResults', { query: text }));
    for (const hit of hits) out(`  ${hit.kind.padEnd(6)} ${hit.id.padEnd(36)} ${hit.label[lang]}`);
    break;
  }
  case 'translate':
    out(translate(text) ?? t('noTranslation', { text }));
    break;
  default:
    out(t('usage'));
    process.exitCode = 2;
}
