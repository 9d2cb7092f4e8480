import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { Schema } from 'node-schematron';
import { describe, expect, it } from 'vitest';
import { glossary } from '../../src/index.js';
import { toTbx } from '../../src/export/index.js';
import type { Term } from '../../src/index.js';

// The TBX-Basic dialect's own files (LTAC Global), committed unchanged: see tests/fixtures/tbx/README.md.
const fixtures = join(import.meta.dirname, '../fixtures/tbx');
const RNG_INTEGRATED = join(fixtures, 'TBXcoreStructV03_TBX-Basic_integrated.rng');
const RNG_CORE = join(fixtures, 'TBXcoreStructV03.rng');
const schematron = Schema.fromString(readFileSync(join(fixtures, 'TBX-Basic_DCA.sch'), 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'tbx-'));

/** Runs xmllint against a RelaxNG schema; returns its stderr and whether it validated. */
function relaxng(schema: string, xml: string): { ok: boolean; output: string } {
  const file = join(dir, `doc-${Math.random().toString(36).slice(2)}.tbx`);
  writeFileSync(file, xml);
  const run = spawnSync('xmllint', ['--noout', '--relaxng', schema, file], { encoding: 'utf8' });
  if (run.error) throw run.error; // xmllint missing: Debian package libxml2-utils
  return { ok: run.status === 0, output: run.stderr };
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['conceptEntry', 'langSec', 'termSec', 'termNote', 'admin', 'ref', 'note'].includes(name),
});

interface TermSecXml { term: string; termNote: { '#text': string; '@type': string }[] }
interface LangSecXml { '@xml:lang': string; descrip: { '#text': string }; note?: string[]; termSec: TermSecXml[] }
interface ConceptXml { '@id': string; langSec: LangSecXml[]; admin: { '#text': string }[]; ref?: { '@target': string }[] }

const tbx = toTbx();
const concepts: ConceptXml[] = parser.parse(tbx).tbx.text.body.conceptEntry;
const statusOf = (sec: TermSecXml) => sec.termNote.find((n) => n['@type'] === 'administrativeStatus')?.['#text'];

describe('toTbx', () => {
  it('validates against the TBX-Basic integrated RelaxNG schema', () => {
    expect(relaxng(RNG_INTEGRATED, tbx)).toEqual({ ok: true, output: expect.stringContaining('validates') });
  });

  it('validates against the TBX core RelaxNG schema the current dialect release uses', () => {
    expect(relaxng(RNG_CORE, tbx).ok).toBe(true);
  });

  // node-schematron evaluates the XPath 2 rules in JavaScript: a few seconds for the whole glossary.
  it('passes every rule of the TBX-Basic DCA Schematron', { timeout: 60_000 }, () => {
    expect(schematron.validateString(tbx).map((r) => r.message?.trim())).toEqual([]);
  });

  it('the validators are live: a wrong status, a stray element and a missing term each fail', { timeout: 60_000 }, () => {
    const wrongStatus = tbx.replace('preferredTerm-admn-sts', 'favouriteTerm-admn-sts');
    expect(schematron.validateString(wrongStatus).map((r) => r.message)).toEqual([expect.stringContaining('/administrativeStatus/')]);
    expect(relaxng(RNG_INTEGRATED, tbx.replace('<term>', '<term><b>x</b>')).ok).toBe(false);
    expect(relaxng(RNG_CORE, tbx.replace(/<term>[^<]*<\/term>/, '')).ok).toBe(false);
  });

  it('has one conceptEntry per term, with an Arabic and an English langSec', () => {
    expect(concepts.map((c) => c['@id'])).toEqual(glossary.map((t) => t.id));
    for (const concept of concepts) expect(concept.langSec.map((l) => l['@xml:lang'])).toEqual(['ar', 'en']);
  });

  it('gives every listed form a termSec with its administrative status and part of speech, preferred first', () => {
    for (const [i, term] of glossary.entries()) {
      for (const [j, lang] of (['ar', 'en'] as const).entries()) {
        const secs = concepts[i]!.langSec[j]!.termSec;
        const forms = term.forms[lang];
        const expected = new Map<string, string>();
        for (const f of forms.deprecated) expected.set(f, 'deprecatedTerm-admn-sts');
        for (const f of forms.admitted) expected.set(f, 'admittedTerm-admn-sts');
        expected.set(forms.preferred, 'preferredTerm-admn-sts');
        expect(secs[0]).toMatchObject({ term: forms.preferred });
        expect(new Map(secs.map((s) => [String(s.term), statusOf(s)]))).toEqual(expected);
        for (const s of secs) expect(s.termNote.find((n) => n['@type'] === 'partOfSpeech')?.['#text']).toMatch(/^(noun|verb|adjective|other)$/);
      }
    }
  });

  it('marks the mistranslation التعهيد المفتوح deprecated and the preferred Arabic preferred, with the note in each language', () => {
    const concept = concepts.find((c) => c['@id'] === 'open-sourcing')!;
    const ar = concept.langSec[0]!;
    const term = glossary.find((t) => t.id === 'open-sourcing')!;
    expect(statusOf(ar.termSec.find((s) => s.term === 'التعهيد المفتوح')!)).toBe('deprecatedTerm-admn-sts');
    expect(statusOf(ar.termSec.find((s) => s.term === term.forms.ar.preferred)!)).toBe('preferredTerm-admn-sts');
    expect(ar.note).toEqual([term.note!.ar]);
    expect(concept.langSec[1]!.note).toEqual([term.note!.en]);
    expect(ar.descrip['#text']).toBe(term.definition.ar);
  });

  it('gives each source as admin type="source" and each related term as a crossReference to its conceptEntry', () => {
    const concept = concepts.find((c) => c['@id'] === 'open-weight-model')!;
    expect(concept.admin[0]!['#text']).toBe('Article, paragraph 4: لإطلاق نموذج الوزن المفتوح');
    expect(concept.ref!.map((r) => r['@target'])).toContain('weights');
  });

  it('escapes markup in the text and keeps the document valid', () => {
    const base = glossary[0]!;
    const odd = {
      ...base,
      id: '3d-term',
      relatedTerms: [],
      definition: { ar: 'أ < ب & "ج"', en: 'a < b & "c" ]]>' },
      forms: { ...base.forms, en: { ...base.forms.en, preferred: 'R&D <x>' } },
    } as unknown as Term;
    const xml = toTbx([odd], { title: 'A & B' });
    expect(relaxng(RNG_INTEGRATED, xml).ok).toBe(true);
    expect(schematron.validateString(xml)).toEqual([]);
    const concept: ConceptXml = parser.parse(xml).tbx.text.body.conceptEntry[0];
    expect(concept['@id']).toBe('t-3d-term');
    expect(concept.langSec[1]!.termSec[0]!.term).toBe('R&D <x>');
    expect(concept.langSec[1]!.descrip['#text']).toBe('a < b & "c" ]]>');
  });
});
