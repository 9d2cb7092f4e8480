/** A value whose every nested object and array is read-only. */
export type Frozen<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends readonly (infer U)[]
    ? readonly Frozen<U>[]
    : T extends object
      ? { readonly [K in keyof T]: Frozen<T[K]> }
      : T;

/** Freezes a value and everything reachable from it, in place, and returns it. */
export function deepFreeze<T>(value: T): Frozen<T> {
  freeze(value);
  return value as Frozen<T>;
}

// Plain loops: this walks every object of a knowledge base of 100,000 records.
function freeze(value: unknown): void {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return;
  Object.freeze(value);
  if (Array.isArray(value)) for (let i = 0; i < value.length; i++) freeze(value[i]);
  else for (const key in value) freeze((value as Record<string, unknown>)[key]);
}
