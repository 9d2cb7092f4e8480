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
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) freeze(value);
  return value as Frozen<T>;
}

// Plain loops: this walks every object of a knowledge base of 100,000 records, and the
// bundled records at import, where it runs cold. Each child is tested here rather than in a
// call of its own (or a helper): most children are strings, and those calls tripled the
// walk's time at import.
function freeze(value: object): void {
  Object.freeze(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const child: unknown = value[i];
      if (typeof child === 'object' && child !== null && !Object.isFrozen(child)) freeze(child);
    }
  } else {
    for (const key in value) {
      const child: unknown = (value as Record<string, unknown>)[key];
      if (typeof child === 'object' && child !== null && !Object.isFrozen(child)) freeze(child);
    }
  }
}
