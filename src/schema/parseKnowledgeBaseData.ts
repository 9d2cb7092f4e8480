import { z } from 'zod';
import { deepFreeze } from '../_lib/deepFreeze.js';
import { type Accept, DEFER, compileAccept } from './compileAccept.js';
import { EntitySchema } from './entity.js';
import { KbEventSchema } from './event.js';
import { type IdMaps, KnowledgeBaseDataSchema, checkReferences } from './knowledgeBase.js';
import { QuoteSchema } from './quote.js';
import { TermSchema } from './term.js';

/** Options of `parseKnowledgeBaseData`. */
export interface ParseKnowledgeBaseDataOptions {
  /** Stop at this many problems and report them. Default: 100. */
  maxIssues?: number;
  /** The most records one collection may hold. Default: 2,000,000. */
  maxRecords?: number;
}

const COLLECTIONS = [
  ['entities', EntitySchema],
  ['events', KbEventSchema],
  ['quotes', QuoteSchema],
  ['glossary', TermSchema],
] as const;

// Compiled on first use, not on import.
const accepts: { plain?: readonly Accept[]; frozen?: readonly Accept[] } = {};

/**
 * Validates knowledge-base data as `KnowledgeBaseDataSchema` does, in bounded time, memory
 * and error size on hostile input: a collection longer than `maxRecords` is refused before
 * any record is read, records are checked one by one and the check stops at `maxIssues`
 * problems, strings are capped (`MAX_TEXT_LENGTH`, `MAX_ID_LENGTH`), and a value that
 * throws when read (a getter, a revoked Proxy) is a problem at its path, not a crash (R05, R07).
 *
 * @param data - `{ entities, events, quotes, glossary }` from anywhere.
 * @param options - `maxIssues`, `maxRecords`.
 * @returns The parsed data (trimmed strings), as `KnowledgeBaseDataSchema.parse` gives it.
 * @throws ZodError with at most `maxIssues` issues.
 * @example
 * parseKnowledgeBaseData({ entities: new Array(1e6).fill(0), events: [], quotes: [], glossary: [] })
 * //=> throws a ZodError of 100 issues, in milliseconds
 */
export function parseKnowledgeBaseData(data: unknown, options?: ParseKnowledgeBaseDataOptions): z.output<typeof KnowledgeBaseDataSchema> {
  return parseData(data, options, false).data;
}

type Output = z.output<typeof KnowledgeBaseDataSchema>;
/** Valid data, and each collection's records by id (as the checks across records filed them). */
interface Parsed {
  readonly data: Output;
  readonly byId: IdMaps<Output>;
}

/**
 * `parseKnowledgeBaseData` for a knowledge base, which freezes what it keeps: the data
 * comes deep-frozen (empty arrays shared), each object frozen as it is made; with it, the
 * records by id, for the knowledge base's look-ups.
 */
export function parseFrozenKnowledgeBaseData(data: unknown): Parsed {
  return parseData(data, undefined, true);
}

function parseData(data: unknown, options: ParseKnowledgeBaseDataOptions | undefined, freeze: boolean): Parsed {
  const maxIssues = options?.maxIssues ?? 100;
  const maxRecords = options?.maxRecords ?? 2_000_000;
  const issues: z.core.$ZodIssue[] = [];
  const stop = () => new z.ZodError(issues.slice(0, maxIssues));
  const custom = (path: PropertyKey[], message: string) => issues.push({ code: 'custom', path, message, input: undefined } as z.core.$ZodIssue);
  const out: Record<string, unknown[]> = {};
  try {
    // Not an object: zod throws, naming what the data is instead.
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return parseData(KnowledgeBaseDataSchema.parse(data), options, freeze);
    const compiled = freeze
      ? (accepts.frozen ??= COLLECTIONS.map(([, schema]) => compileAccept(schema, { freeze })))
      : (accepts.plain ??= COLLECTIONS.map(([, schema]) => compileAccept(schema)));
    for (const [c, [name, schema]] of COLLECTIONS.entries()) {
      const accept = compiled[c]!;
      const list: unknown = (data as Record<string, unknown>)[name];
      if (!Array.isArray(list)) {
        custom([name], `expected an array of ${name}`);
        if (issues.length >= maxIssues) throw stop();
        continue;
      }
      if (list.length > maxRecords) {
        custom([name], `too many ${name}: ${list.length} > ${maxRecords}`);
        throw stop();
      }
      const parsed: unknown[] = [];
      for (let i = 0; i < list.length; i++) {
        // Valid records take the fast path; zod reads the rest and names their problems.
        const fast = accept(list[i]);
        if (fast !== DEFER) {
          parsed.push(fast);
          continue;
        }
        const result = schema.safeParse(list[i]);
        if (result.success) parsed.push(freeze ? deepFreeze(result.data) : result.data);
        else
          for (const issue of result.error.issues) {
            issues.push({ ...issue, path: [name, i, ...issue.path] });
            if (issues.length >= maxIssues) throw stop();
          }
      }
      out[name] = parsed;
    }
    if (issues.length > 0) throw stop();
    const valid = out as unknown as Output;
    const byId = checkReferences(valid, ({ path, message }) => {
      custom(path, message);
      if (issues.length >= maxIssues) throw stop();
    });
    if (issues.length > 0) throw stop();
    if (freeze) deepFreeze(valid);
    return { data: valid, byId };
  } catch (error) {
    if (error instanceof z.ZodError) throw error;
    // A getter or a Proxy trap threw while the data was read.
    custom([], `the data could not be read: ${error instanceof Error ? error.message.slice(0, 200) : typeof error}`);
    throw stop();
  }
}
