/**
 * Reads one record's strings from the Arabic and English locale files as `{ ar, en }` pairs.
 * The locale files are typed against the record ids, so a missing record fails `tsc`; a
 * missing optional key in one language only is caught by the locale parity test.
 */
export function pairStrings<S extends object>(ar: S, en: S) {
  return {
    /** A key both languages must have. */
    pair: <K extends keyof S>(key: K): { ar: S[K]; en: S[K] } => ({ ar: ar[key], en: en[key] }),
    /** An optional key: `{ note }` when both languages have it, `{}` otherwise. */
    optional: <K extends keyof S & string>(key: K): { [P in K]?: { ar: NonNullable<S[K]>; en: NonNullable<S[K]> } } =>
      ar[key] != null && en[key] != null ? ({ [key]: { ar: ar[key], en: en[key] } } as { [P in K]: { ar: NonNullable<S[K]>; en: NonNullable<S[K]> } }) : {},
  };
}
