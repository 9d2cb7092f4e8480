// The `open-weight-kb` command: the only adapter that touches process, stdin and stdout.
// The library is imported through the package's barrel, so a build can leave it external.
import { writeFile, readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
// Only the version: a named import lets the bundler leave the rest of package.json out.
import { version } from '../../package.json';
import {
  checkTerms,
  entities,
  events,
  getEntity,
  getEvent,
  getQuote,
  getTerm,
  glossary,
  lookup,
  quotes,
  quotesBy,
  search,
  timeline,
} from '../index.js';
import { type CsvCollection, toCsv, toJsonLd, toTbx } from '../export/index.js';
import { formatDate } from '../format/index.js';
import type { EventDate, Frozen, Lang, Localized, RecordKind, TermFinding, TimelineFilter } from '../index.js';

import {
  comma,
  count,
  eventStatusName,
  formStatusName,
  formatNumber,
  kindName,
  matchName,
  quoted,
  say,
  USAGE,
  USAGE_AR,
} from './messages.js';

type Shown = Lang | 'both';

/** A bad command line: exit 2 with the message and the usage on stderr. */
class UsageError extends Error {}
/** Any other failure the user can act on (unreadable file, full disk): exit 2, one line. */
class RunError extends Error {}

const EXIT_FOUND = 0;
const EXIT_NONE = 1;
const EXIT_ERROR = 2;

const OPTIONS = {
  lang: { type: 'string' },
  json: { type: 'boolean' },
  limit: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
  to: { type: 'string' },
  from: { type: 'string' },
  involving: { type: 'string' },
  by: { type: 'string' },
  out: { type: 'string' },
  bom: { type: 'boolean' },
} as const;
type Flag = keyof typeof OPTIONS;

const COMMON: readonly Flag[] = ['lang', 'json', 'help', 'version'];
const COMMANDS: Record<string, { flags: readonly Flag[]; args: [min: number, max: number] }> = {
  overview: { flags: [], args: [0, 0] },
  search: { flags: ['limit'], args: [1, Infinity] },
  translate: { flags: ['to'], args: [1, Infinity] },
  show: { flags: [], args: [1, 1] },
  timeline: { flags: ['from', 'to', 'involving', 'limit'], args: [0, 0] },
  quotes: { flags: ['by', 'limit'], args: [0, 0] },
  glossary: { flags: ['limit'], args: [0, 0] },
  check: { flags: ['limit'], args: [1, 1] },
  export: { flags: ['out', 'bom'], args: [1, 2] },
};

// C0 and C1 controls and the bidi embedding/override/isolate controls: echoed as escapes, so
// that a query or a file cannot move the cursor, recolour the terminal or reorder the line.
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
/** Input as it is safe to echo. */
export const printable = (text: string) =>
  text.replace(UNPRINTABLE, (c) => ESCAPES[c] ?? `\\u{${c.codePointAt(0)!.toString(16)}}`);

// https://no-color.org: any non-empty NO_COLOR turns colour off; so does anything but a terminal.
const colour = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
const paint = (code: number) => (text: string) => (colour ? `\u001b[${code}m${text}\u001b[0m` : text);
const bold = paint(1);
const dim = paint(2);
const red = paint(31);
const green = paint(32);

let output = '';
const out = (line = '') => {
  output += `${line}\n`;
};

/** Writes the output; EPIPE (the reader stopped, as `| head -1` does) ends quietly. */
function flush(code: number): void {
  process.exitCode = code;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(code);
    process.stderr.write(`open-weight-kb: cannot write the output: ${error.message.split('\n')[0]}\n`);
    process.exit(EXIT_ERROR);
  });
  if (output !== '') process.stdout.write(output);
}

function fail(error: unknown): never {
  if (error instanceof UsageError) {
    process.stderr.write(`open-weight-kb: ${error.message}\n\n${USAGE}\n`);
  } else {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`open-weight-kb: ${message.split('\n')[0]}\n`);
  }
  process.exit(EXIT_ERROR);
}

const texts = (lang: Shown, text: Frozen<Localized>) => (lang === 'both' ? `${text.en} · ${text.ar}` : text[lang]);

function dateText(lang: Shown, date: Frozen<EventDate>): string {
  if (date.precision === 'undated') return lang === 'both' ? say('en', 'undated') : say(lang, 'undated');
  return lang === 'both' ? date.value : formatDate(date, lang);
}

async function readInput(name: string): Promise<string> {
  try {
    if (name === '-') {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8').replace(/^\uFEFF/, '');
    }
    return (await readFile(name, 'utf8')).replace(/^\uFEFF/, '');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new RunError(`cannot read ${name === '-' ? 'standard input' : printable(name)}: ${code}`);
  }
}

/** 1-based line and column (in code points) of a UTF-16 offset; CRLF, LF and CR end a line. */
function positionOf(text: string, lineStarts: readonly number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: [...text.slice(lineStarts[lo]!, offset)].length + 1 };
}

async function main(argv: readonly string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(printable((error as Error).message.split('\n')[0]!.replace(/\. To specify a positional.*$/, '.')));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    out(USAGE);
    if (values.lang === 'ar') out(USAGE_AR);
    return EXIT_FOUND;
  }
  if (values.version) {
    out(`open-weight-kb ${version}`);
    return EXIT_FOUND;
  }
  const lang = (values.lang ?? 'both') as Shown;
  if (!['ar', 'en', 'both'].includes(lang)) throw new UsageError(`--lang must be ar, en or both, got “${printable(lang)}”`);
  const ui: Lang = lang === 'ar' ? 'ar' : 'en';
  const [name = 'overview', ...args] = positionals;
  const command = Object.hasOwn(COMMANDS, name) && name !== 'overview' ? COMMANDS[name]! : positionals.length === 0 ? COMMANDS.overview! : undefined;
  if (!command) throw new UsageError(`unknown command “${printable(name)}”`);
  for (const flag of Object.keys(values) as Flag[])
    if (!COMMON.includes(flag) && !command.flags.includes(flag)) throw new UsageError(`--${flag} does not apply to ${positionals.length ? name : 'the overview'}`);
  if (args.length < command.args[0]) throw new UsageError(`${name} needs ${name === 'check' ? 'a file or -' : name === 'export' ? 'a format' : name === 'show' ? 'an id' : 'a text'}`);
  if (args.length > command.args[1]) throw new UsageError(`${name} takes ${command.args[1]} argument${command.args[1] === 1 ? '' : 's'}, got ${args.length}: “${printable(args.join(' '))}”`);
  let limit = Infinity;
  if (values.limit !== undefined) {
    if (!/^[1-9]\d{0,5}$/.test(values.limit)) throw new UsageError(`--limit must be a whole number from 1, got “${printable(values.limit)}”`);
    limit = Number(values.limit);
  }
  const json = values.json === true;
  const emitJson = (value: unknown) => out(JSON.stringify(value, null, 2));
  const textArg = async () => {
    const text = args.length === 1 && args[0] === '-' ? (await readInput('-')).trim() : args.join(' ').trim();
    if (text === '') throw new UsageError(`${name} needs a non-empty text`);
    return text;
  };

  switch (positionals.length === 0 ? 'overview' : name) {
    case 'overview': {
      const counts = { entities: entities.length, events: events.length, quotes: quotes.length, terms: glossary.length };
      if (json) {
        emitJson({ name: 'open-weight-kb', version: version, title: { ar: say('ar', 'title'), en: say('en', 'title') }, counts });
        return EXIT_FOUND;
      }
      for (const l of lang === 'both' ? (['en', 'ar'] as const) : [lang]) {
        out(bold(`open-weight-kb: ${say(l, 'title')}`));
        out(say(l, 'counts', { entities: count(l, 'entity', counts.entities), events: count(l, 'event', counts.events), quotes: count(l, 'quote', counts.quotes), terms: count(l, 'term', counts.terms) }));
      }
      out(say(ui, 'tryHelp'));
      return EXIT_FOUND;
    }

    case 'search': {
      const query = await textArg();
      let hits;
      try {
        hits = search(query, { limit: Math.min(limit, 10_000) === Infinity ? 10 : Math.min(limit, 10_000) });
      } catch (error) {
        throw new UsageError(printable((error as Error).message));
      }
      if (json) {
        emitJson({ query, results: hits.map((h) => ({ kind: h.kind, id: h.id, score: h.score, label: h.label })) });
      } else if (hits.length === 0) {
        process.stderr.write(`${say(ui, 'noResults', { query: printable(query) })}\n`);
      } else {
        const width = Math.max(...hits.map((h) => h.id.length));
        for (const h of hits)
          out(`${formatNumber(ui, h.score, 2).padStart(7)}  ${bold(kindName(ui, h.kind).padEnd(6))}  ${dim(h.id.padEnd(width))}  ${texts(lang, h.label)}`);
      }
      return hits.length > 0 ? EXIT_FOUND : EXIT_NONE;
    }

    case 'translate': {
      const text = await textArg();
      const to = values.to;
      if (to !== undefined && to !== 'ar' && to !== 'en') throw new UsageError(`--to must be ar or en, got “${printable(to)}”`);
      const result = lookup(text, to ? { to } : undefined);
      if (json) {
        emitJson({
          query: text,
          result: result ? {
            kind: result.kind,
            id: result.id,
            from: result.from,
            to: result.to,
            matched: result.matched,
            match: result.match,
            translation: result.translation,
            ...(result.preferred !== undefined ? { preferred: result.preferred } : {}),
            ...(result.note ? { note: result.note } : {}),
          } : null,
        });
      } else if (!result) {
        process.stderr.write(`${say(ui, 'noTranslation', { query: printable(text) })}\n`);
      } else {
        const stale = result.matched.status === 'deprecated' || result.matched.status === 'article';
        out(bold(result.translation));
        out(`  ${kindName(ui, result.kind)} ${dim(result.id)} · ${say(ui, 'matched')} ${quoted(result.from, result.matched.form)} (${result.from}): ${(stale ? red : green)(formStatusName(ui, result.matched.status))}${comma(ui)}${matchName(ui, result.match)}`);
        if (result.preferred !== undefined) out(`  ${say(ui, 'use')} (${result.from}): ${bold(result.preferred)}`);
        if (result.note) out(`  ${say(ui, 'note')}: ${texts(lang === 'both' ? result.from : lang, result.note)}`);
      }
      return result ? EXIT_FOUND : EXIT_NONE;
    }

    case 'show': {
      const id = args[0]!;
      const found: { kind: RecordKind; record: unknown }[] = [];
      const entity = getEntity(id);
      const event = getEvent(id);
      const quote = getQuote(id);
      const term = getTerm(id);
      if (entity) found.push({ kind: 'entity', record: entity });
      if (term) found.push({ kind: 'term', record: term });
      if (event) found.push({ kind: 'event', record: event });
      if (quote) found.push({ kind: 'quote', record: quote });
      if (json) {
        emitJson({ id, records: found });
        return found.length > 0 ? EXIT_FOUND : EXIT_NONE;
      }
      if (found.length === 0) {
        process.stderr.write(`${say(ui, 'noRecord', { query: printable(id) })}\n`);
        return EXIT_NONE;
      }
      const field = (label: string, value: string) => out(`  ${dim(label.padEnd(12))} ${value}`);
      const both = (label: string, text: Frozen<Localized> | undefined) => {
        if (!text) return;
        for (const l of lang === 'both' ? (['en', 'ar'] as const) : [lang]) field(lang === 'both' ? `${label} ${l}` : label, text[l]);
      };
      for (const [i, { kind }] of found.entries()) {
        if (i > 0) out();
        out(`${bold(kindName(ui, kind))} ${id}`);
        if (kind === 'entity' && entity) {
          field('kind', entity.kind);
          both('name', entity.name);
          both('about', entity.description);
          for (const l of lang === 'both' ? (['en', 'ar'] as const) : [lang]) if (entity.aliases[l].length) field(`aliases ${l}`, entity.aliases[l].join(' | '));
          if (entity.handles.length) field('on X', entity.handles.map((h) => `@${h}`).join(' '));
          for (const iri of entity.sameAs) field('sameAs', iri);
          for (const r of entity.relations) field(r.type, r.target);
        } else if (kind === 'term' && term) {
          for (const l of lang === 'both' ? (['en', 'ar'] as const) : [lang]) {
            const forms = term.forms[l];
            field(`preferred ${l}`, bold(forms.preferred));
            if (forms.admitted.length) field(`admitted ${l}`, forms.admitted.join(' | '));
            if (forms.deprecated.length) field(`deprecated ${l}`, red(forms.deprecated.join(' | ')));
            if (forms.article.length) field(`article ${l}`, forms.article.join(' | '));
          }
          field('category', `${term.partOfSpeech}, ${term.domain}${term.mistranslated ? ', mistranslated in the article' : ''}`);
          both('definition', term.definition);
          both('note', term.note);
        } else if (kind === 'event' && event) {
          field('date', dateText(lang, event.date));
          field('status', eventStatusName(ui, event.status));
          both('title', event.title);
          both('summary', event.summary);
          both('date note', event.dateNote);
          if (event.participants.length) field('involving', event.participants.join(', '));
        } else if (kind === 'quote' && quote) {
          field('speaker', quote.speaker);
          field('date', dateText(lang, quote.date));
          both('text', quote.text);
          both('context', quote.context);
          field('article', quote.articleText);
          if (quote.url) field('url', quote.url);
        }
      }
      return EXIT_FOUND;
    }

    case 'timeline': {
      const filter: TimelineFilter = {};
      if (values.from !== undefined) filter.from = values.from;
      if (values.to !== undefined) filter.to = values.to;
      if (values.involving !== undefined) filter.involving = values.involving;
      let list;
      try {
        list = timeline(filter).slice(0, limit);
      } catch (error) {
        throw new UsageError(printable((error as Error).message.replace(/filter\.(\w+)/, '--$1')));
      }
      if (json) emitJson({ events: list });
      else if (list.length === 0) process.stderr.write(`${say(ui, 'noEvents')}\n`);
      else {
        const width = Math.max(...list.map((e) => e.id.length));
        for (const e of list)
          out(`${dateText(lang, e.date).padEnd(lang === 'both' ? 10 : 0)}  ${eventStatusName(ui, e.status).padEnd(ui === 'en' ? 11 : 0)}  ${dim(e.id.padEnd(width))}  ${texts(lang, e.title)}`);
      }
      return list.length > 0 ? EXIT_FOUND : EXIT_NONE;
    }

    case 'quotes': {
      const list = (values.by === undefined ? quotes : quotesBy(values.by)).slice(0, limit);
      if (json) emitJson({ quotes: list });
      else if (list.length === 0) process.stderr.write(`${say(ui, 'noQuotes')}\n`);
      else
        for (const [i, q] of list.entries()) {
          if (i > 0) out();
          out(`${dateText(lang, q.date)}  ${bold(getEntity(q.speaker)?.name[ui] ?? q.speaker)}  ${dim(q.id)}`);
          for (const l of lang === 'both' ? (['en', 'ar'] as const) : [lang]) out(`  ${quoted(l, q.text[l])}`);
        }
      return list.length > 0 ? EXIT_FOUND : EXIT_NONE;
    }

    case 'glossary': {
      const list = glossary.slice(0, limit);
      if (json) emitJson({ terms: list });
      else {
        const width = Math.max(...list.map((t) => t.id.length));
        for (const t of list) {
          const forms = lang === 'both' ? `${t.forms.en.preferred} · ${t.forms.ar.preferred}` : t.forms[lang].preferred;
          const deprecated = (lang === 'both' ? [...t.forms.ar.deprecated, ...t.forms.en.deprecated] : t.forms[lang].deprecated).map((f) => red(f));
          out(`${dim(t.id.padEnd(width))}  ${forms}${deprecated.length ? `  ≠ ${deprecated.join(', ')}` : ''}`);
        }
      }
      return list.length > 0 ? EXIT_FOUND : EXIT_NONE;
    }

    case 'check': {
      const file = args[0]!;
      const text = await readInput(file);
      const langs: readonly Lang[] = lang === 'both' ? ['ar', 'en'] : [lang];
      const findings: TermFinding[] = langs.flatMap((l) => [...checkTerms(text, l)]).sort((a, b) => a.start - b.start || a.end - b.end);
      const shown = findings.slice(0, limit);
      const lineStarts = [0];
      for (const m of text.matchAll(/\r\n|\r|\n/g)) lineStarts.push(m.index + m[0].length);
      const label = file === '-' ? '<stdin>' : printable(file);
      const located = shown.map((f) => ({ ...positionOf(text, lineStarts, f.start), ...f }));
      if (json) {
        emitJson({ file: file === '-' ? '-' : file, findings: located });
      } else if (located.length === 0) {
        process.stderr.write(`${say(ui, 'noFindings', { file: label })}\n`);
      } else {
        for (const f of located)
          out(`${label}:${f.line}:${f.column}: ${red(formStatusName(ui, f.status))} ${quoted(f.lang, printable(f.text))} → ${bold(f.preferred)} (${f.termId})`);
        out(count(ui, 'finding', findings.length));
      }
      return located.length > 0 ? EXIT_FOUND : EXIT_NONE;
    }

    case 'export': {
      const [format, collection] = args as [string, string | undefined];
      if (json) throw new UsageError('export writes its own format; --json does not apply');
      if (!['tbx', 'jsonld', 'csv'].includes(format)) throw new UsageError(`export format must be tbx, jsonld or csv, got “${printable(format)}”`);
      if (format !== 'csv' && collection !== undefined) throw new UsageError(`export ${format} takes no collection, got “${printable(collection)}”`);
      if (format !== 'csv' && values.bom) throw new UsageError('--bom applies to export csv only');
      const collections: readonly CsvCollection[] = ['entities', 'events', 'quotes', 'glossary'];
      if (collection !== undefined && !collections.includes(collection as CsvCollection))
        throw new UsageError(`export csv takes entities, events, quotes or glossary, got “${printable(collection)}”`);
      const data =
        format === 'tbx'
          ? toTbx()
          : format === 'jsonld'
            ? `${JSON.stringify(toJsonLd(), null, 2)}\n`
            : toCsv((collection ?? 'glossary') as CsvCollection, { bom: values.bom === true });
      if (values.out === undefined) {
        output += data;
        return EXIT_FOUND;
      }
      try {
        await writeFile(values.out, data);
      } catch (error) {
        throw new RunError(`cannot write ${printable(values.out)}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
      }
      process.stderr.write(`${say(ui, 'wrote', { file: printable(values.out) })}\n`);
      return EXIT_FOUND;
    }
  }
  throw new UsageError(`unknown command “${printable(name)}”`);
}

main(process.argv.slice(2)).then(flush, fail);
