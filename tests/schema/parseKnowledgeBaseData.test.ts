import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { bundledData } from '../../src/data/bundled.js';
import { KnowledgeBaseDataSchema, MAX_TEXT_LENGTH, createKnowledgeBase, parseKnowledgeBaseData } from '../../src/schema/index.js';

const errorOf = (run: () => unknown): z.ZodError => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(z.ZodError);
    return error as z.ZodError;
  }
  throw new Error('expected a ZodError');
};

describe('parseKnowledgeBaseData (R05)', () => {
  it('gives what the schema gives for valid data', () => {
    expect(parseKnowledgeBaseData(structuredClone(bundledData))).toEqual(KnowledgeBaseDataSchema.parse(structuredClone(bundledData)));
  });

  it('stops at maxIssues problems on a million invalid records, with a short message', () => {
    const error = errorOf(() => parseKnowledgeBaseData({ entities: new Array(1e6).fill(0), events: [], quotes: [], glossary: [] }));
    expect(error.issues).toHaveLength(100);
    expect(error.issues[0]!.path).toEqual(['entities', 0]);
    expect(error.message.length).toBeLessThan(100_000);
    expect(errorOf(() => parseKnowledgeBaseData({ entities: [0, 0, 0], events: [], quotes: [], glossary: [] }, { maxIssues: 2 })).issues).toHaveLength(2);
  });

  it('refuses a collection longer than maxRecords before reading it', () => {
    const error = errorOf(() => parseKnowledgeBaseData({ entities: new Array(11), events: [], quotes: [], glossary: [] }, { maxRecords: 10 }));
    expect(error.issues).toEqual([expect.objectContaining({ path: ['entities'], message: expect.stringMatching(/too many entities/) })]);
  });

  it('stops at maxIssues duplicate ids too', () => {
    const data = structuredClone(bundledData);
    data.entities = Array.from({ length: 1000 }, () => structuredClone(bundledData.entities[0]!));
    data.entities.forEach((e) => (e.relations = []));
    expect(errorOf(() => parseKnowledgeBaseData(data)).issues.length).toBeLessThanOrEqual(100);
  });

  it('reports a string longer than MAX_TEXT_LENGTH and a revoked Proxy as validation errors', () => {
    const data = structuredClone(bundledData);
    data.entities[0]!.name.en = 'x'.repeat(MAX_TEXT_LENGTH + 1);
    expect(errorOf(() => createKnowledgeBase(data)).issues[0]!.path).toEqual(['entities', 0, 'name', 'en']);
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(errorOf(() => createKnowledgeBase(proxy as never)).issues).toHaveLength(1);
    expect(errorOf(() => createKnowledgeBase({ ...structuredClone(bundledData), entities: [proxy] } as never)).issues).toHaveLength(1);
  });
});
