/**
 * A small deterministic pseudo-random generator (mulberry32): every run of a benchmark draws
 * the same records and queries from the same seed.
 *
 * @example
 * const next = random(42); next() === random(42)() //=> true
 */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
