/**
 * Numbers distinct strings (the words and names of an index) in an open-addressing hash
 * table over typed arrays. A word of a longer key is hashed and compared in place, so only
 * a string not seen before is cut out and kept: indexing 100,000 records reads millions of
 * words but only tens of thousands of distinct ones, and a `Map` lookup per occurrence,
 * each on a freshly cut string, would be most of the build.
 */
export interface KeyTable {
  /** The distinct strings, by number. */
  readonly keys: readonly string[];
  /** The number of `text.slice(start, end)`, added if new. */
  intern(text: string, start?: number, end?: number): number;
  /** The number of `text`, or -1 when it was never added. */
  find(text: string): number;
  /** Calls `visit` with the number of each word of a key (words separated by single spaces), adding new ones. */
  eachWord(key: string, visit: (id: number) => void): void;
}

const EMPTY = -1;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function hashOf(text: string, start: number, end: number): number {
  let hash = FNV_OFFSET;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
  return hash;
}

function same(key: string, text: string, start: number, end: number): boolean {
  if (key.length !== end - start) return false;
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}

/** Makes an empty key table. */
export function createKeyTable(): KeyTable {
  const keys: string[] = [];
  let hashes = new Int32Array(1024);
  let slots = new Int32Array(2048).fill(EMPTY);

  const slotOf = (text: string, start: number, end: number, hash: number): number => {
    const mask = slots.length - 1;
    let slot = hash & mask;
    for (let id = slots[slot]!; id !== EMPTY; id = slots[slot]!) {
      if (hashes[id] === hash && same(keys[id]!, text, start, end)) return slot;
      slot = (slot + 1) & mask;
    }
    return slot;
  };
  const grow = () => {
    if (keys.length === hashes.length) {
      const more = new Int32Array(hashes.length * 2);
      more.set(hashes);
      hashes = more;
    }
    if (keys.length * 2 < slots.length) return;
    slots = new Int32Array(slots.length * 2).fill(EMPTY);
    const mask = slots.length - 1;
    for (let id = 0; id < keys.length; id++) {
      let slot = hashes[id]! & mask;
      while (slots[slot] !== EMPTY) slot = (slot + 1) & mask;
      slots[slot] = id;
    }
  };
  const intern = (text: string, start = 0, end = text.length): number => {
    const hash = hashOf(text, start, end);
    const slot = slotOf(text, start, end, hash);
    if (slots[slot] !== EMPTY) return slots[slot]!;
    const id = keys.length;
    slots[slot] = id;
    hashes[id] = hash;
    keys.push(start === 0 && end === text.length ? text : text.slice(start, end));
    grow();
    return id;
  };
  return {
    keys,
    intern,
    find: (text) => slots[slotOf(text, 0, text.length, hashOf(text, 0, text.length))]!,
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
