import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { bundledData } from '../../src/data/bundled.js';
import { search } from '../../src/index.js';
import { createKnowledgeBase, type KnowledgeBaseData } from '../../src/schema/index.js';
import { generateKnowledgeBase } from '../../bench/generateKnowledgeBase.js';

const copy = (): KnowledgeBaseData => structuredClone(bundledData) as KnowledgeBaseData;
const issuesOf = (data: unknown) => {
  try {
    createKnowledgeBase(data as KnowledgeBaseData);
  } catch (error) {
    expect(error).toBeInstanceOf(z.ZodError);
    return (error as z.ZodError).issues.map((issue) => ({ path: issue.path, message: issue.message }));
  }
  throw new Error('expected a ZodError');
};

describe('createKnowledgeBase', () => {
  it('over a copy of the bundled data answers as the package does', () => {
    const kb = createKnowledgeBase(copy());
    expect(kb.entities).toHaveLength(bundledData.entities.length);
    expect(kb.search('وحرب المواهب').map((h) => h.id)).toEqual(search('وحرب المواهب').map((h) => h.id));
    expect(kb.translate('Altman')).toBe('سام ألتمان');
  });

  it('keeps a frozen copy and leaves the caller’s objects as they were', () => {
    const data = copy();
    const kb = createKnowledgeBase(data);
    expect(Object.isFrozen(data.entities[0])).toBe(false);
    expect(Object.isFrozen(kb.entities[0]!.name)).toBe(true);
    data.entities[0]!.name.en = 'changed';
    expect(kb.entities[0]!.name.en).not.toBe('changed');
  });

  it('gives one frozen object per record, whichever helper finds it', () => {
    const kb = createKnowledgeBase(copy());
    const altman = kb.entities.find((e) => e.id === 'sam-altman')!;
    expect(kb.getEntity('sam-altman')).toBe(altman);
    expect(kb.search('altman')[0]!.record).toBe(altman);
    expect(kb.lookup('Altman')?.record).toBe(altman);
    expect(kb.getTerm(kb.glossary[3]!.id)).toBe(kb.glossary[3]);
    expect(kb.getEvent(kb.events[2]!.id)).toBe(kb.events[2]);
    expect(kb.getQuote(kb.quotes[1]!.id)).toBe(kb.quotes[1]);
  });

  it('names the path of a record of the wrong shape', () => {
    const data = copy();
    (data.entities[1] as { kind: string }).kind = 'alien';
    expect(issuesOf(data)).toContainEqual(expect.objectContaining({ path: ['entities', 1, 'kind'] }));
  });

  it('names an empty Arabic string and a bad date', () => {
    const data = copy();
    data.glossary[0]!.definition.ar = ' ';
    (data.events[0] as { date: unknown }).date = { precision: 'day', value: '2025-02-30', sources: [] };
    const paths = issuesOf(data).map((i) => i.path.join('.'));
    expect(paths).toContain('glossary.0.definition.ar');
    expect(paths.some((p) => p.startsWith('events.0.date'))).toBe(true);
  });

  it('names duplicate ids and references to records that do not exist', () => {
    const data = copy();
    data.entities.push({ ...data.entities[0]! });
    data.quotes[0]!.speaker = 'nobody';
    data.glossary[0]!.relatedTerms = ['no-such-term'];
    const issues = issuesOf(data);
    expect(issues).toContainEqual({ path: ['entities', data.entities.length - 1, 'id'], message: expect.stringMatching(/duplicate id/) });
    expect(issues).toContainEqual({ path: ['quotes', 0, 'speaker'], message: 'unknown entity id "nobody"' });
    expect(issues).toContainEqual({ path: ['glossary', 0, 'relatedTerms', 0], message: 'unknown term id "no-such-term"' });
  });

  it('rejects what is not knowledge-base data at all', () => {
    expect(issuesOf(null)[0]?.path).toEqual([]);
    expect(issuesOf({ entities: [] }).map((i) => i.path[0])).toEqual(['events', 'quotes', 'glossary']);
  });

  it('indexes a generated knowledge base of 10,000 terms and finds its terms', () => {
    const { queries, ...data } = generateKnowledgeBase(10_000);
    const kb = createKnowledgeBase(data);
    // Generated names repeat (their words follow Zipf's law): take one that no other term has.
    const count = (name: string) => kb.glossary.filter((t) => [t.forms.ar.preferred, t.forms.en.preferred].includes(name)).length;
    const term = kb.glossary.slice(1234).find((t) => count(t.forms.ar.preferred) === 1 && count(t.forms.en.preferred) === 1)!;
    expect(kb.search(term.forms.en.preferred, { kinds: ['term'] })[0]?.id).toBe(term.id);
    expect(kb.translate(term.forms.ar.preferred)).toBe(term.forms.en.preferred);
    expect(queries.length).toBeGreaterThan(0);
    // A build of 10,000 terms: seconds on a loaded machine, not a speed check.
  }, 30_000);
});
