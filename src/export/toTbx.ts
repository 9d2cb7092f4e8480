import { termRecords } from '../data/glossary.js';
import type { Frozen } from '../_lib/deepFreeze.js';
import { LANGS, type Lang } from '../enums.js';
import type { Source } from '../schema/source.js';
import type { PartOfSpeech, Term, TermStatus } from '../schema/term.js';

/** Options of `toTbx`. */
export interface ToTbxOptions {
  /** The title in the TBX header. Default: `open-weight-kb glossary`. */
  title?: string;
  /** The language of the file's own text (the `xml:lang` of `<tbx>`). Default: `'en'`. */
  lang?: Lang;
}

// TBX-Basic allows only these part-of-speech values; a phrase takes the category of its head,
// and an idiom (e.g. "hit pause") has none of them.
const PART_OF_SPEECH: Record<PartOfSpeech, string> = {
  noun: 'noun',
  'noun-phrase': 'noun',
  verb: 'verb',
  'verb-phrase': 'verb',
  adjective: 'adjective',
  idiom: 'other',
};

const STATUS: Record<TermStatus, string> = {
  preferred: 'preferredTerm-admn-sts',
  admitted: 'admittedTerm-admn-sts',
  deprecated: 'deprecatedTerm-admn-sts',
};

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));

// An XML ID is an NCName: a record id such as `3d-model` may not start with a digit.
const xmlId = (id: string) => (/^[a-z]/.test(id) ? id : `t-${id}`);

function sourceText(source: Frozen<Source>): string {
  return source.kind === 'article'
    ? `Article, paragraph ${source.paragraph}: ${source.excerpt}`
    : `${source.checked}: ${source.where}${source.date ? ` (${source.date})` : ''}`;
}

/**
 * The glossary as TBX (ISO 30042:2019, TBX-Basic dialect, DCA style), ready for a CAT tool or
 * termbase: one `conceptEntry` per term, a `langSec` per language with the definition and the
 * note, and a `termSec` per form with its part of speech and `administrativeStatus`
 * (`preferredTerm-admn-sts`, `admittedTerm-admn-sts`, `deprecatedTerm-admn-sts`). The
 * sources go on the concept as `admin type="source"`, related terms as `crossReference`s.
 * Forms that only the article uses (inflected, e.g. مصداقيته) are not terms and are left out.
 *
 * @param glossary The terms to export. Default: the bundled glossary.
 * @param options The header title and the file's language.
 * @returns The TBX document, UTF-8 XML text.
 * @example
 * toTbx().includes('<termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>') //=> true
 */
export function toTbx(glossary: readonly Frozen<Term>[] = termRecords, options?: ToTbxOptions): string {
  const { title = 'open-weight-kb glossary', lang = 'en' } = options ?? {};
  const ids = new Set(glossary.map((term) => term.id));
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<?xml-model href="https://raw.githubusercontent.com/LTAC-Global/TBX_Core_RNG/master/TBXcoreStructV03.rng" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"?>',
    '<?xml-model href="https://raw.githubusercontent.com/LTAC-Global/TBX-Basic_dialect/master/DCA/TBX-Basic_DCA.sch" type="application/xml" schematypens="http://purl.oclc.org/dsdl/schematron"?>',
    `<tbx type="TBX-Basic" style="dca" xml:lang="${lang}" xmlns="urn:iso:std:iso:30042:ed-2">`,
    '  <tbxHeader>',
    '    <fileDesc>',
    `      <titleStmt><title>${escape(title)}</title></titleStmt>`,
    '      <sourceDesc><p>The vocabulary of an Arabic machine translation of a July 2025 news article on OpenAI delaying its first open-weight model, with correct Arabic and English.</p></sourceDesc>',
    '    </fileDesc>',
    '  </tbxHeader>',
    '  <text>',
    '    <body>',
  ];
  for (const term of glossary) {
    out.push(`      <conceptEntry id="${xmlId(term.id)}">`);
    out.push(`        <descrip type="subjectField">${escape(term.domain)}</descrip>`);
    for (const related of term.relatedTerms)
      if (ids.has(related)) out.push(`        <ref type="crossReference" target="${xmlId(related)}">${escape(related)}</ref>`);
    for (const source of term.sources) out.push(`        <admin type="source">${escape(sourceText(source))}</admin>`);
    for (const l of LANGS) {
      const forms = term.forms[l];
      out.push(`        <langSec xml:lang="${l}">`);
      out.push(`          <descrip type="definition">${escape(term.definition[l])}</descrip>`);
      if (term.note) out.push(`          <note>${escape(term.note[l])}</note>`);
      const seen = new Set<string>();
      const listed: [string, TermStatus][] = [
        [forms.preferred, 'preferred'],
        ...forms.admitted.map((form): [string, TermStatus] => [form, 'admitted']),
        ...forms.deprecated.map((form): [string, TermStatus] => [form, 'deprecated']),
      ];
      for (const [form, status] of listed) {
        if (seen.has(form)) continue;
        seen.add(form);
        out.push('          <termSec>');
        out.push(`            <term>${escape(form)}</term>`);
        out.push(`            <termNote type="partOfSpeech">${PART_OF_SPEECH[term.partOfSpeech]}</termNote>`);
        out.push(`            <termNote type="administrativeStatus">${STATUS[status]}</termNote>`);
        out.push('          </termSec>');
      }
      out.push('        </langSec>');
    }
    out.push('      </conceptEntry>');
  }
  out.push('    </body>', '  </text>', '</tbx>', '');
  return out.join('\n');
}
