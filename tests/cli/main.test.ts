import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import packageJson from '../../package.json';
import { getTerm } from '../../src/index.js';

// The preferred Arabic for open-sourcing, from the data: the article's «التعهيد المفتوح» is deprecated.
const OPEN_SOURCING_AR = getTerm('open-sourcing')!.forms.ar.preferred;

// These tests run the built command as a user would: a child process, its stdout, stderr and
// exit status. The build runs first when dist/cli.js is missing or older than the sources.
const root = join(import.meta.dirname, '../..');
const CLI = join(root, 'dist/cli.js');
const dir = mkdtempSync(join(tmpdir(), 'owkb-cli-'));

function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

beforeAll(() => {
  const sources = Math.max(newest(join(root, 'src')), newest(join(root, 'locales')), newest(join(root, 'package.json')));
  if (!existsSync(CLI) || statSync(CLI).mtimeMs < sources) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
}, 300_000);

interface Run { stdout: string; stderr: string; code: number | null }
function run(args: string[], options: { input?: string; env?: Record<string, string> } = {}): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [CLI, ...args],
      { encoding: 'utf8', env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...options.env } },
      (error, stdout, stderr) => resolve({ stdout, stderr, code: error ? (typeof error.code === 'number' ? error.code : null) : 0 }),
    );
    child.stdin!.end(options.input ?? '');
  });
}
const json = (r: Run) => JSON.parse(r.stdout);

describe.concurrent('open-weight-kb with no arguments', { timeout: 60_000 }, () => {
  it('prints a short overview in both languages, with Arabic-Indic digits in Arabic, and exits 0', async () => {
    const r = await run([]);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toContain('OpenAI delays its first major open-weight model');
    expect(r.stdout).toContain('أوبن إيه آي تؤجّل طرح أول نموذج كبير مفتوح الأوزان');
    expect(r.stdout).toMatch(/\d+ entities, \d+ events, \d+ quotations and \d+ terms\./);
    expect(r.stdout).toMatch(/[٠-٩]+ مصطلحًا/);
    expect(r.stdout.split('\n').length).toBeLessThan(8);
  });

  it('--json gives the counts', async () => {
    const r = await run(['--json']);
    expect(r.code).toBe(0);
    expect(json(r)).toMatchObject({ name: 'open-weight-kb', version: packageJson.version, counts: { entities: expect.any(Number), terms: expect.any(Number) } });
  });
});

describe.concurrent('--help and --version', { timeout: 60_000 }, () => {
  it.each([['--help'], ['-h'], ['search', '--help'], ['--lang', 'ar', '-h']])('%s prints the usage on stdout and exits 0', async (...args) => {
    const r = await run(args);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(/^Usage: open-weight-kb/);
    expect(r.stdout).toContain('check <file|->');
  });

  it('--version prints the package version and exits 0', async () => {
    expect(await run(['--version'])).toEqual({ code: 0, stdout: `open-weight-kb ${packageJson.version}\n`, stderr: '' });
  });
});

describe.concurrent('usage errors', { timeout: 60_000 }, () => {
  it.each([
    [['bogus'], 'unknown command “bogus”'],
    [['TRANSLATE', 'Altman'], 'unknown command “TRANSLATE”'],
    [['--nope'], "Unknown option '--nope'"],
    [['search', 'x', '--kind', 'term'], "Unknown option '--kind'"],
    [['--lang', 'fr'], '--lang must be ar, en or both, got “fr”'],
    [['--lang'], "Option '--lang <value>' argument missing"],
    [['search'], 'search needs a text'],
    [['search', '   '], 'search needs a non-empty text'],
    [['translate'], 'translate needs a text'],
    [['translate', 'x', '--to', 'fr'], '--to must be ar or en, got “fr”'],
    [['search', 'x', '--to', 'ar'], '--to does not apply to search'],
    [['search', 'x', '--limit', '0'], '--limit must be a whole number from 1, got “0”'],
    [['search', 'x', '--limit', 'ten'], '--limit must be a whole number from 1, got “ten”'],
    [['timeline', 'extra', 'args'], 'timeline takes 0 arguments, got 2: “extra args”'],
    [['timeline', '--from', '2025-13'], 'timeline: --from must be an ISO date'],
    [['show'], 'show needs an id'],
    [['show', 'a', 'b'], 'show takes 1 argument, got 2'],
    [['check'], 'check needs a file or -'],
    [['export'], 'export needs a format'],
    [['export', 'xml'], 'export format must be tbx, jsonld or csv, got “xml”'],
    [['export', 'tbx', '--bom'], '--bom applies to export csv only'],
    [['export', 'csv', 'people'], 'export csv takes entities, events, quotes or glossary, got “people”'],
    [['export', 'jsonld', '--json'], 'export writes its own format; --json does not apply'],
    [['overview'], 'unknown command “overview”'],
  ])('%j exits 2 with the message and the usage on stderr, nothing on stdout', async (args, message) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toContain(`open-weight-kb: ${message}`);
    expect(r.stderr).toContain('Usage: open-weight-kb');
  });

  it('reads --lang=ar as the flag, not as a query word', async () => {
    const r = await run(['translate', '--lang=ar', 'Altman']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('سام ألتمان');
  });

  it('echoes control characters and bidi overrides escaped, never raw', async () => {
    const r = await run(['search', '\u001b[31mRED\u202e']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('Nothing found for “\\u{1b}[31mRED\\u{202e}”.\n');
    const usage = await run(['\u001b]0;title\u0007']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
  });
});

describe.concurrent('search', { timeout: 60_000 }, () => {
  it('lists hits with score, kind, id and both labels, best first, and exits 0', async () => {
    const r = await run(['search', 'altman', '--limit', '3']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^\s*\d+\.\d\d {2}entity {2}sam-altman\s+Sam Altman · سام ألتمان$/);
  });

  it('finds Arabic as typed, and --lang ar shows Arabic kinds, labels and digits', async () => {
    const r = await run(['search', 'زوكربيرغ', '--lang', 'ar', '--limit', '1']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\s*[٠-٩]+٫[٠-٩]{2} {2}كيان\s+mark-zuckerberg\s+مارك زوكربيرغ\n$/);
  });

  it('--json has a stable shape', async () => {
    const r = await run(['search', 'talent war', '--json', '--limit', '2']);
    const body = json(r);
    expect(Object.keys(body)).toEqual(['query', 'results']);
    expect(body.query).toBe('talent war');
    expect(body.results).toHaveLength(2);
    for (const hit of body.results) {
      expect(Object.keys(hit)).toEqual(['kind', 'id', 'score', 'label']);
      expect(hit.label).toEqual({ ar: expect.any(String), en: expect.any(String) });
    }
  });

  it('exits 1 with a message on stderr when nothing is found', async () => {
    expect(await run(['search', 'xyzzyq'])).toEqual({ code: 1, stdout: '', stderr: 'Nothing found for “xyzzyq”.\n' });
    expect(await run(['search', 'xyzzyq', '--json'])).toMatchObject({ code: 1, stdout: '{\n  "query": "xyzzyq",\n  "results": []\n}\n' });
  });

  it('reads the query from stdin with -', async () => {
    const r = await run(['search', '-', '--limit', '1'], { input: 'Kimi K2\n' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('kimi-k2');
  });
});

describe.concurrent('translate', { timeout: 60_000 }, () => {
  it('corrects the article’s mistranslation into the preferred Arabic with --to ar, saying it is deprecated and why', async () => {
    const r = await run(['translate', 'التعهيد المفتوح', '--to', 'ar']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe(OPEN_SOURCING_AR);
    expect(lines[1]).toContain('open-sourcing');
    expect(lines[1]).toContain('deprecated');
    expect(r.stdout).toContain('note: ');
    // Logical order: the Arabic is written as stored, not reversed for display.
    expect(r.stdout).not.toContain([...OPEN_SOURCING_AR].reverse().join(''));
  });

  it('translates into the other language by default', async () => {
    expect((await run(['translate', 'حرب المواهب'])).stdout.split('\n')[0]).toBe('talent war');
    expect((await run(['translate', 'Altman'])).stdout.split('\n')[0]).toBe('سام ألتمان');
  });

  it('--json gives the lookup result', async () => {
    const body = json(await run(['translate', 'التعهيد المفتوح', '--to', 'ar', '--json']));
    expect(body.query).toBe('التعهيد المفتوح');
    expect(body.result).toMatchObject({
      kind: 'term',
      id: 'open-sourcing',
      from: 'ar',
      to: 'ar',
      matched: { form: 'التعهيد المفتوح', status: 'deprecated' },
      translation: OPEN_SOURCING_AR,
      preferred: OPEN_SOURCING_AR,
      note: { ar: expect.any(String), en: expect.any(String) },
    });
  });

  it('never gives a partial match as a translation, and reads mixed-script names', async () => {
    expect((await run(['translate', 'talent'])).code).toBe(1);
    expect((await run(['translate', 'الذكاء'])).code).toBe(1);
    const mixed = await run(['translate', 'نماذج gpt-oss', '--json']);
    expect(mixed.code).toBe(0);
    expect(json(mixed).result).toMatchObject({ kind: 'entity', id: 'gpt-oss' });
  });

  it('exits 1 when the text names nothing as a whole', async () => {
    expect(await run(['translate', 'qwertyuiop'])).toEqual({ code: 1, stdout: '', stderr: 'No term or name matches “qwertyuiop” as a whole.\n' });
    expect(json(await run(['translate', 'qwertyuiop', '--json']))).toEqual({ query: 'qwertyuiop', result: null });
  });
});

describe.concurrent('show', { timeout: 60_000 }, () => {
  it('prints one record and exits 0', async () => {
    const r = await run(['show', 'sam-altman']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^entity sam-altman\n/);
    expect(r.stdout).toContain('سام ألتمان');
    expect(r.stdout).toContain('https://www.wikidata.org/entity/Q7407093');
  });

  it('--json gives the record with its kind', async () => {
    const body = json(await run(['show', 'open-sourcing', '--json']));
    expect(body).toMatchObject({ id: 'open-sourcing', records: [{ kind: 'term', record: { id: 'open-sourcing' } }] });
  });

  it('exits 1 for an unknown id', async () => {
    expect(await run(['show', 'no-such-id'])).toEqual({ code: 1, stdout: '', stderr: 'No record has the id “no-such-id”.\n' });
  });
});

describe.concurrent('timeline', { timeout: 60_000 }, () => {
  it('lists events in date order, filtered by --from, --to and --involving', async () => {
    const all = json(await run(['timeline', '--json'])).events as { id: string; date: { value?: string }; participants: string[] }[];
    const dated = all.map((e) => e.date.value).filter((v): v is string => v !== undefined);
    expect(dated).toEqual([...dated].sort());
    const r = await run(['timeline', '--from', '2025-07-12', '--to', '2025-07-31', '--involving', 'kimi-k2', '--json']);
    expect(r.code).toBe(0);
    const some = json(r).events as typeof all;
    expect(some.length).toBeGreaterThan(0);
    expect(some.length).toBeLessThan(all.length);
    for (const e of some) expect(e.participants).toContain('kimi-k2');
  });

  it('--limit cuts the list and --lang ar dates in Arabic', async () => {
    const r = await run(['timeline', '--limit', '2', '--lang', 'ar']);
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(2);
    expect(r.stdout).toMatch(/[٠-٩]{4}/);
  });

  it('exits 1 when no event matches', async () => {
    expect(await run(['timeline', '--from', '2030'])).toEqual({ code: 1, stdout: '', stderr: 'No event matches.\n' });
  });
});

describe.concurrent('quotes and glossary', { timeout: 60_000 }, () => {
  it('quotes --by keeps one speaker', async () => {
    const body = json(await run(['quotes', '--by', 'sam-altman', '--json']));
    expect(body.quotes.length).toBeGreaterThan(0);
    for (const q of body.quotes) expect(q.speaker).toBe('sam-altman');
    expect(await run(['quotes', '--by', 'nobody'])).toEqual({ code: 1, stdout: '', stderr: 'No quotation matches.\n' });
  });

  it('glossary lists every term once, --limit cuts it', async () => {
    const body = json(await run(['glossary', '--json']));
    expect(new Set(body.terms.map((t: { id: string }) => t.id)).size).toBe(body.terms.length);
    expect((await run(['glossary', '--limit', '3'])).stdout.trimEnd().split('\n')).toHaveLength(3);
    expect((await run(['glossary'])).stdout).toContain('open-sourcing');
  });
});

describe.concurrent('check', { timeout: 60_000 }, () => {
  const text = 'سطر أول\r\nقال إن التعهيد المفتوح للنماذج خطر،\nوالمناطق عالية الخطورة.\n';
  const file = join(dir, 'draft.txt');
  writeFileSync(file, text);

  it('reports each deprecated form with line:column and the form to use, and exits 0', async () => {
    const r = await run(['check', file]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(`${file}:2:8: deprecated «التعهيد المفتوح» → ${OPEN_SOURCING_AR} (open-sourcing)`);
    expect(lines[1]).toMatch(new RegExp(`^${file}:3:\\d+: deprecated «[^»]*المناطق عالية الخطورة» → `));
    expect(lines.at(-1)).toBe('2 forms to correct');
  });

  it('reads stdin with - and gives offsets and positions in --json', async () => {
    const r = await run(['check', '-', '--json'], { input: text });
    expect(r.code).toBe(0);
    const body = json(r);
    expect(body.file).toBe('-');
    expect(body.findings[0]).toMatchObject({ line: 2, column: 8, termId: 'open-sourcing', status: 'deprecated', preferred: OPEN_SOURCING_AR });
    const f = body.findings[0];
    expect(text.slice(f.start, f.end)).toBe(f.text);
  });

  it('counts in Arabic with --lang ar', async () => {
    expect((await run(['check', file, '--lang', 'ar'])).stdout.trimEnd().split('\n').at(-1)).toBe('صيغتان تحتاجان إلى تصحيح');
  });

  it('exits 1 on a clean text and 2, with one line, on a file it cannot read', async () => {
    expect(await run(['check', '-'], { input: 'فتح المصدر جيد.' })).toEqual({ code: 1, stdout: '', stderr: '<stdin>: no deprecated or mistranslated forms.\n' });
    expect(await run(['check', join(dir, 'missing.txt')])).toEqual({ code: 2, stdout: '', stderr: `open-weight-kb: cannot read ${join(dir, 'missing.txt')}: ENOENT\n` });
  });
});

describe.concurrent('export', { timeout: 60_000 }, () => {
  it('writes TBX, JSON-LD and CSV on stdout', async () => {
    const tbx = await run(['export', 'tbx']);
    expect(tbx).toMatchObject({ code: 0, stderr: '' });
    expect(tbx.stdout).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n/);
    expect(tbx.stdout).toContain('<tbx type="TBX-Basic" style="dca"');
    expect(json(await run(['export', 'jsonld']))['@context']).toBe('https://schema.org');
    const csv = (await run(['export', 'csv', 'entities'])).stdout;
    expect(csv.startsWith('id,kind,name_ar,')).toBe(true);
    expect(csv).toContain('\r\n');
  });

  it('--bom starts the CSV with a byte order mark; --out writes a file and says so on stderr', async () => {
    expect((await run(['export', 'csv', '--bom'])).stdout.startsWith('\uFEFFid,part_of_speech,')).toBe(true);
    const out = join(dir, 'glossary.tbx');
    const r = await run(['export', 'tbx', '--out', out]);
    expect(r).toEqual({ code: 0, stdout: '', stderr: `Wrote ${out}.\n` });
    expect(readFileSync(out, 'utf8')).toBe((await run(['export', 'tbx'])).stdout);
    expect(await run(['export', 'tbx', '--out', join(dir, 'no/such/dir.tbx')])).toMatchObject({ code: 2, stderr: expect.stringMatching(/^open-weight-kb: cannot write .*: ENOENT\n$/) });
  });
});

describe.concurrent('output', { timeout: 60_000 }, () => {
  const hasScript = existsSync('/usr/bin/script');

  it.skipIf(!hasScript)('is coloured on a terminal, and never with NO_COLOR', async () => {
    const tty = (env: Record<string, string>) =>
      spawnSync('script', ['-qec', `"${process.execPath}" "${CLI}" search altman --limit 1`, '/dev/null'], { encoding: 'utf8', env: { ...process.env, ...env } }).stdout;
    expect(tty({ NO_COLOR: '' })).toContain('\u001b[');
    expect(tty({ NO_COLOR: '1' })).not.toContain('\u001b[');
  });

  it('is never coloured into a pipe', async () => {
    expect((await run(['search', 'altman'])).stdout).not.toContain('\u001b');
  });

  it('ends quietly when the reader stops early (| head -1): no stack trace, exit 0', async () => {
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${CLI}" export jsonld | head -1; echo "status \${PIPESTATUS[0]}" >&2`], { encoding: 'utf8' });
    expect(r.stdout).toBe('{\n');
    expect(r.stderr).toBe('status 0\n');
  });

  it('ends with a one-line message and exit 2 when the output cannot be written (> /dev/full)', async () => {
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${CLI}" timeline > /dev/full`], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^open-weight-kb: cannot write the output: ENOSPC[^\n]*\n$/);
  });
});
