import { lowerBound } from './termDictionary.js';

/** The look-ups an index makes in its numbered strings once they are all in. */
export interface KeyLookup {
  /** The distinct strings, by number. */
  readonly keys: readonly string[];
  /**
   * The hash table itself, to save with the keys: slot `s` holds a key's hash at `2 * s` and
   * its number + 1 at `2 * s + 1` (0 for an empty slot).
   */
  readonly slots: Int32Array;
  /** The number of `text` (or of `text.slice(start, end)`), or -1 when it is not one of the keys. */
  find(text: string, start?: number, end?: number): number;
}

/**
 * Numbers distinct strings (the words and names of an index) in an open-addressing hash
 * table over typed arrays. A word of a longer key is hashed and compared in place, so only
 * a string not seen before is cut out and kept: indexing 100,000 records reads millions of
 * words but only tens of thousands of distinct ones, and a `Map` lookup per occurrence,
 * each on a freshly cut string, would be most of the build.
 */
export interface KeyTable extends KeyLookup {
  /** The number of `text.slice(start, end)`, added if new. */
  intern(text: string, start?: number, end?: number): number;
  /** Calls `visit` with the number of each word of a key (words separated by single spaces), adding new ones. */
  eachWord(key: string, visit: (id: number) => void): void;
}

const EMPTY = -1;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function hashOf(text: string, start: number, end: number): number {
  let hash = FNV_OFFSET | 0;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
  return hash;
}

function same(key: string, text: string, start: number, end: number): boolean {
  if (key.length !== end - start) return false;
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}

/**
 * Makes an empty key table with room for about `expected` keys before it grows, or one over
 * saved keys and slots, which the caller has checked (`checkKeyTable`).
 */
export function createKeyTable(expected = 1024, saved?: { keys: string[]; slots: Int32Array }): KeyTable {
  const keys: string[] = saved?.keys ?? [];
  // Open addressing, linear probing; each slot is [hash, id + 1] side by side, so a probe
  // reads one place in memory and compares characters only when the hashes agree.
  let slots = saved?.slots ?? new Int32Array(4 * 2 ** Math.ceil(Math.log2(Math.max(1024, expected))));
  let mask = slots.length / 2 - 1;

  const slotOf = (text: string, start: number, end: number, hash: number): number => {
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = slots[2 * slot + 1]! - 1;
      if (id === EMPTY || (slots[2 * slot] === hash && same(keys[id]!, text, start, end))) return slot;
    }
  };
  const grow = () => {
    const old = slots;
    slots = new Int32Array(old.length * 2);
    mask = slots.length / 2 - 1;
    for (let i = 0; i < old.length; i += 2) {
      if (old[i + 1] === 0) continue;
      let slot = old[i]! & mask;
      while (slots[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
      slots[2 * slot] = old[i]!;
      slots[2 * slot + 1] = old[i + 1]!;
    }
  };
  const intern = (text: string, start = 0, end = text.length): number => {
    const hash = hashOf(text, start, end);
    const slot = slotOf(text, start, end, hash);
    const found = slots[2 * slot + 1]! - 1;
    if (found !== EMPTY) return found;
    const id = keys.length;
    keys.push(start === 0 && end === text.length ? text : text.slice(start, end));
    slots[2 * slot] = hash;
    slots[2 * slot + 1] = id + 1;
    if (keys.length * 2 > mask + 1) grow();
    return id;
  };
  return {
    keys,
    get slots() {
      return slots;
    },
    intern,
    find: (text, start = 0, end = text.length) => slots[2 * slotOf(text, start, end, hashOf(text, start, end)) + 1]! - 1,
    eachWord(key, visit) {
      let start = 0;
      for (let i = 0; i <= key.length; i++)
        if (i === key.length || key.charCodeAt(i) === 32) {
          if (i > start) visit(intern(key, start, i));
          start = i + 1;
        }
    },
  };
}

/**
 * Whether saved slots can serve as the table of `keys`: a power-of-two number of slots, at
 * most half of them full (so every probe meets an empty slot and ends), and each key's
 * number in exactly one slot. A hash that is not its key's only hides that key; it cannot
 * make a look-up run away or read outside the keys.
 */
export function checkKeyTable(keys: readonly string[], slots: Int32Array): boolean {
  const count = slots.length / 2;
  if (slots.length < 2 || (count & (count - 1)) !== 0 || keys.length * 2 > count) return false;
  const seen = new Uint8Array(keys.length);
  let filled = 0;
  for (let i = 1; i < slots.length; i += 2) {
    const id = slots[i]! - 1;
    if (id === EMPTY) continue;
    if (id < 0 || id >= keys.length || seen[id] === 1) return false;
    seen[id] = 1;
    filled++;
  }
  return filled === keys.length;
}

/** Binary searches a sorted key look-up makes before it hashes its keys: a few hundred queries. */
const FINDS_BEFORE_HASHING = 1024;

/**
 * A look-up over keys numbered in sorted order (a packed index's): found by binary search, so
 * nothing is hashed when it is unpacked, at the first search. After a few hundred queries, in
 * warm code, it hashes its keys once and looks them up as `createKeyTable` does, which is
 * faster than a binary search per look-up; saving the index asks for the same hash table.
 */
export function sortedKeyLookup(keys: readonly string[]): KeyLookup {
  let table: KeyTable | undefined;
  let finds = 0;
  const hashed = (): KeyTable => {
    if (table === undefined) {
      table = createKeyTable(keys.length);
      for (const key of keys) table.intern(key);
    }
    return table;
  };
  return {
    keys,
    get slots() {
      return hashed().slots;
    },
    find(text, start = 0, end = text.length) {
      if (table !== undefined || ++finds > FINDS_BEFORE_HASHING) return hashed().find(text, start, end);
      const key = start === 0 && end === text.length ? text : text.slice(start, end);
      const at = lowerBound(keys, key);
      return at < keys.length && keys[at] === key ? at : -1;
    },
  };
}
