import { z } from 'zod';
import { deepFreeze } from '../_lib/deepFreeze.js';

/** What a compiled check returns for a value it does not vouch for: zod decides it instead. */
export const DEFER: unique symbol = Symbol('defer');

/** Options of `compileAccept`. */
export interface CompileAcceptOptions {
  /**
   * Give deep-frozen values, frozen as they are made, and one shared frozen `[]` for every
   * empty array: a knowledge base freezes its records anyway, and walking a million fresh
   * objects again to freeze them cost as much as making them.
   */
  freeze?: boolean;
}

/** Parses a value as the schema would when the value is valid, or gives `DEFER`. */
export type Accept = (value: unknown) => unknown;

// The zod internals read here: a schema's definition and its checks.
interface Def {
  readonly type: string;
  readonly checks?: readonly { readonly _zod: { readonly def: CheckDef } }[];
  readonly shape?: Readonly<Record<string, Node>>;
  readonly catchall?: unknown;
  readonly element?: Node;
  readonly innerType?: Node;
  readonly entries?: Readonly<Record<string, unknown>>;
  readonly values?: readonly unknown[];
  readonly options?: readonly Node[];
  readonly discriminator?: string;
  readonly check?: string;
  readonly format?: string;
}
interface CheckDef {
  readonly check: string;
  readonly maximum?: number;
  readonly minimum?: number;
  readonly value?: unknown;
  readonly inclusive?: boolean;
  readonly format?: string;
  readonly pattern?: RegExp;
  readonly when?: unknown;
  readonly tx?: (value: string) => string;
}
interface Node {
  readonly _zod: { readonly def: Def; readonly optin?: string; readonly optout?: string };
  safeParse(value: unknown): { success: boolean; data?: unknown };
}

/**
 * Whether functions may be compiled from strings here: zod's own answer (its `jitless`
 * setting, and its one probe of a page's CSP), so a strict CSP reports no second violation.
 */
const canCompile = (): boolean => z.config().jitless !== true && z.core.util.allowsEval.value;

const EMPTY: readonly never[] = /*@__PURE__*/ Object.freeze([]);

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Leaves a schema this compiler does not read to zod itself: exact, only slower. */
function byZod(node: Node, freeze: boolean): Accept {
  return (value) => {
    const result = node.safeParse(value);
    if (!result.success) return DEFER;
    return freeze ? deepFreeze(result.data) : result.data;
  };
}

/**
 * A string's checks in zod's order: lengths, a pattern, an overwrite (trim); `undefined` for
 * any other check. Compiled into one function where it may be, as an object's are: a call
 * per check cost more than most checks do.
 */
function stringChecks(checks: readonly CheckDef[]): Accept | undefined {
  // Each step as code over `s` (its pattern or overwrite as `f0`, `f1`, … from `fns`), and as
  // a function. A bound is tested as zod tests it, so that a NaN bound refuses every string.
  const code: string[] = [];
  const fns: unknown[] = [];
  const steps: ((s: string) => string | typeof DEFER)[] = [];
  for (const check of checks) {
    // A length check carries zod's guard "has a length", which every string passes.
    if (check.when !== undefined && check.check !== 'max_length' && check.check !== 'min_length') return undefined;
    if (check.check === 'max_length' && typeof check.maximum === 'number') {
      const max = check.maximum;
      code.push(`if (!(s.length <= ${max})) return DEFER;`);
      steps.push((s) => (s.length <= max ? s : DEFER));
    } else if (check.check === 'min_length' && typeof check.minimum === 'number') {
      const min = check.minimum;
      code.push(`if (!(s.length >= ${min})) return DEFER;`);
      steps.push((s) => (s.length >= min ? s : DEFER));
    } else if (check.check === 'string_format' && check.format === 'regex' && check.pattern instanceof RegExp) {
      const pattern = check.pattern;
      code.push(`f${fns.length}.lastIndex = 0; if (!f${fns.length}.test(s)) return DEFER;`);
      fns.push(pattern);
      steps.push((s) => {
        pattern.lastIndex = 0;
        return pattern.test(s) ? s : DEFER;
      });
    } else if (check.check === 'overwrite' && typeof check.tx === 'function') {
      const tx = check.tx;
      code.push(`s = f${fns.length}(s); if (typeof s !== "string") return DEFER;`);
      fns.push(tx);
      steps.push((s) => {
        const out = tx(s);
        return typeof out === 'string' ? out : DEFER;
      });
    } else return undefined;
  }
  if (canCompile()) {
    const bind = fns.map((_, i) => `const f${i} = fns[${i}];\n`).join('');
    // eslint-disable-next-line @typescript-eslint/no-implied-eval
    return new Function('fns', 'DEFER', `${bind}return (s) => {\nif (typeof s !== "string") return DEFER;\n${code.join('\n')}\nreturn s;\n};`)(fns, DEFER) as Accept;
  }
  return (value) => {
    if (typeof value !== 'string') return DEFER;
    let s: string | typeof DEFER = value;
    for (let i = 0; i < steps.length && s !== DEFER; i++) s = steps[i]!(s);
    return s;
  };
}

/**
 * Compiles a zod schema into a function that gives what `schema.parse` gives for a value the
 * schema accepts, and `DEFER` for any value it cannot vouch for, invalid or only unusual
 * (a key present but `undefined`, a format it does not read): the caller then asks zod,
 * which gives the errors and their paths. It reads the kinds of schema the records are made
 * of (objects that strip unknown keys, arrays, strings with lengths, patterns and trim,
 * enums, literals, booleans, safe integers, optional and default values, discriminated
 * unions) and leaves any other kind to zod's own `safeParse`, so it never accepts what zod
 * refuses. Validating 100,000 records through zod's general machinery was a quarter of the
 * time `createKnowledgeBase` took to build a knowledge base, all of it to load one from a
 * saved index; valid records pass here in about 40% of the time zod's own parse takes
 * (`npm run bench:large`), much of what is left being the copies made.
 *
 * @param schema - a zod schema
 * @param options - `freeze`: give deep-frozen values
 * @returns the parse function
 * @example
 * const accept = compileAccept(LocalizedSchema);
 * accept({ ar: ' نموذج ', en: 'model', extra: 1 }) //=> { ar: 'نموذج', en: 'model' }
 * accept({ ar: '', en: 'model' }) === DEFER //=> true
 */
export function compileAccept(schema: z.ZodType, options?: CompileAcceptOptions): Accept {
  return compile(schema as unknown as Node, options?.freeze === true);
}

function compile(node: Node, freeze: boolean): Accept {
  const def = node._zod.def;
  const checks = (def.checks ?? []).map((c) => c._zod.def);
  switch (def.type) {
    case 'string': {
      // A format of its own (an ISO date, a URL) is zod's to read.
      if (def.check !== undefined) return byZod(node, freeze);
      return stringChecks(checks) ?? byZod(node, freeze);
    }
    case 'boolean':
      return checks.length ? byZod(node, freeze) : (value) => (typeof value === 'boolean' ? value : DEFER);
    case 'number': {
      if (def.check !== 'number_format' || def.format !== 'safeint') return byZod(node, freeze);
      const bounds: ((n: number) => boolean)[] = [];
      for (const check of checks) {
        if (check.when !== undefined || typeof check.value !== 'number') return byZod(node, freeze);
        const { value, inclusive } = check;
        if (check.check === 'greater_than') bounds.push(inclusive ? (n) => n >= value : (n) => n > value);
        else if (check.check === 'less_than') bounds.push(inclusive ? (n) => n <= value : (n) => n < value);
        else return byZod(node, freeze);
      }
      return (value) => (typeof value === 'number' && Number.isSafeInteger(value) && bounds.every((b) => b(value)) ? value : DEFER);
    }
    case 'enum':
    case 'literal': {
      if (checks.length) return byZod(node, freeze);
      const values = new Set(def.type === 'enum' ? Object.values(def.entries ?? {}) : (def.values ?? []));
      return (value) => (typeof value === 'string' && values.has(value) ? value : DEFER);
    }
    case 'optional': {
      const inner = def.innerType!;
      if (checks.length || inner._zod.optin !== undefined) return byZod(node, freeze);
      const run = compile(inner, freeze);
      return (value) => (value === undefined ? undefined : run(value));
    }
    case 'default': {
      // The default itself (a fresh copy each time) comes from zod.
      const fallback = byZod(node, freeze);
      if (checks.length) return fallback;
      const run = compile(def.innerType!, freeze);
      return (value) => (value === undefined ? fallback(value) : run(value));
    }
    case 'array': {
      let min = 0;
      for (const check of checks) {
        if (check.check !== 'min_length' || typeof check.minimum !== 'number') return byZod(node, freeze);
        min = Math.max(min, check.minimum);
      }
      const run = compile(def.element!, freeze);
      return (value) => {
        if (!Array.isArray(value) || value.length < min) return DEFER;
        if (freeze && value.length === 0) return EMPTY;
        const out: unknown[] = new Array(value.length);
        for (let i = 0; i < value.length; i++) {
          const item = run(value[i]);
          if (item === DEFER) return DEFER;
          out[i] = item;
        }
        return freeze ? Object.freeze(out) : out;
      };
    }
    case 'object':
      return compileObject(node, checks, freeze);
    case 'union':
      return compileDiscriminated(node, checks, freeze);
    default:
      return byZod(node, freeze);
  }
}

function compileObject(node: Node, checks: readonly CheckDef[], freeze: boolean): Accept {
  const { shape, catchall } = node._zod.def;
  if (checks.length || catchall !== undefined || !shape) return byZod(node, freeze);
  const keys: string[] = [];
  const runs: Accept[] = [];
  // 0: required, 1: optional (left out when absent), 2: defaulted (always set).
  const modes: number[] = [];
  for (const key of Object.keys(shape)) {
    if (key === '__proto__') return byZod(node, freeze);
    const field = shape[key]!;
    const { optin, optout } = field._zod;
    let mode: number;
    if (optin === undefined) mode = 0;
    else if (optin === 'optional' && optout === 'optional') mode = 1;
    else if (optin === 'defaulted' && optout === undefined) mode = 2;
    else return byZod(node, freeze);
    keys.push(key);
    runs.push(compile(field, freeze));
    modes.push(mode);
  }
  if (canCompile()) {
    // One function per object shape, as zod's own fast path does: a property read or
    // written by a constant name is many times faster than by a name held in a variable.
    const lines = ['if (typeof value !== "object" || value === null || Array.isArray(value)) return DEFER;'];
    keys.forEach((key, i) => {
      const k = JSON.stringify(key);
      lines.push(`const v${i} = value[${k}];`);
      if (modes[i] === 1) lines.push(`let p${i}; if (v${i} === undefined) { if (${k} in value) return DEFER; } else if ((p${i} = runs[${i}](v${i})) === DEFER) return DEFER;`);
      else if (modes[i] === 2) lines.push(`const p${i} = runs[${i}](v${i}); if (p${i} === DEFER) return DEFER;`);
      else lines.push(`if (v${i} === undefined) return DEFER; const p${i} = runs[${i}](v${i}); if (p${i} === DEFER) return DEFER;`);
    });
    const give = (out: string) => (freeze ? `return Object.freeze(${out});` : `return ${out};`);
    const optional = keys.flatMap((_, i) => (modes[i] === 1 ? [i] : []));
    if (optional.length <= 3) {
      // An object literal for each set of optional keys present: the object is made in one
      // step, in its final shape, instead of a key at a time (a third faster for a million).
      const literal = (present: number) =>
        `{ ${keys.flatMap((key, i) => (modes[i] !== 1 || present & (1 << optional.indexOf(i)) ? [`${JSON.stringify(key)}: p${i}`] : [])).join(', ')} }`;
      if (optional.length === 0) lines.push(give(literal(0)));
      else {
        lines.push(`switch (${optional.map((i, bit) => `(v${i} === undefined ? 0 : ${1 << bit})`).join(' | ')}) {`);
        for (let present = 0; present < 1 << optional.length; present++) lines.push(`case ${present}: ${give(literal(present))}`);
        lines.push('}');
      }
    } else {
      lines.push('const out = {};');
      keys.forEach((key, i) => {
        const set = `out[${JSON.stringify(key)}] = p${i};`;
        lines.push(modes[i] === 1 ? `if (v${i} !== undefined) ${set}` : set);
      });
      lines.push(give('out'));
    }
    // eslint-disable-next-line @typescript-eslint/no-implied-eval
    return new Function('runs', 'DEFER', `return (value) => {\n${lines.join('\n')}\n};`)(runs, DEFER) as Accept;
  }
  return (value) => {
    if (!isObject(value)) return DEFER;
    const out: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      const given = value[key];
      if (given === undefined) {
        const mode = modes[i]!;
        // Absent and optional: left out. Anything else undefined is zod's to judge.
        if (mode === 1 && !(key in value)) continue;
        if (mode !== 2) return DEFER;
      }
      const parsed = runs[i]!(given);
      if (parsed === DEFER) return DEFER;
      out[key] = parsed;
    }
    return freeze ? Object.freeze(out) : out;
  };
}

function compileDiscriminated(node: Node, checks: readonly CheckDef[], freeze: boolean): Accept {
  const { options, discriminator } = node._zod.def;
  if (checks.length || discriminator === undefined || !options) return byZod(node, freeze);
  const byTag = new Map<unknown, Accept>();
  for (const option of options) {
    const tag = option._zod.def.shape?.[discriminator];
    if (option._zod.def.type !== 'object' || tag?._zod.def.type !== 'literal') return byZod(node, freeze);
    const run = compile(option, freeze);
    for (const v of tag._zod.def.values ?? []) {
      if (byTag.has(v)) return byZod(node, freeze);
      byTag.set(v, run);
    }
  }
  return (value) => {
    if (!isObject(value)) return DEFER;
    const run = byTag.get(value[discriminator]);
    return run ? run(value) : DEFER;
  };
}
