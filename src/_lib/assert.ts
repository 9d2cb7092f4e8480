/** Throws a `TypeError` naming the function and the argument unless `value` is a string. */
export function assertString(fn: string, arg: string, value: unknown): asserts value is string {
  if (typeof value !== 'string') throw new TypeError(`${fn}: ${arg} must be a string, got ${describe(value)}`);
}

/** Throws a `TypeError` naming the function and the argument unless `value` is a plain object or undefined. */
export function assertOptions(fn: string, arg: string, value: unknown): asserts value is Record<string, unknown> | undefined {
  if (value !== undefined && (value === null || typeof value !== 'object' || isArray(value)))
    throw new TypeError(`${fn}: ${arg} must be an object or undefined, got ${describe(value)}`);
}

/** Throws a `TypeError` unless `value` is undefined or one of `allowed`. */
export function assertOneOf<T extends string>(fn: string, arg: string, value: unknown, allowed: readonly T[]): asserts value is T | undefined {
  if (value !== undefined && !allowed.includes(value as T))
    throw new TypeError(`${fn}: ${arg} must be one of ${allowed.map((a) => `'${a}'`).join(', ')}, got ${describe(value)}`);
}

/** A short, safe description of a value for an error message. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  // Never String() a function (its whole source, or a throwing toString) (R07).
  if (typeof value === 'function') return 'a function';
  if (isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object') return 'an object';
  return typeof value === 'symbol' ? 'a symbol' : `${typeof value} ${String(value)}`;
}

/** `Array.isArray` that answers `false` for a revoked Proxy instead of throwing (R07). */
function isArray(value: unknown): boolean {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}
