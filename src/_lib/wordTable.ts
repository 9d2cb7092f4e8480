/**
 * Numbers the distinct words of space-separated keys without cutting each occurrence out
 * as a string: a word is hashed and compared in place, and only a word not seen before is
 * copied out. Indexing 100,000 records reads millions of words but only tens of thousands
 * of distinct ones, and a `Map` lookup per occurrence would be most of the build.
 */
export interface WordTable {
  /** The distinct words, by number. */
  readonly words: readonly string[];
  /** Calls `visit` with the number of each word of a key (words separated by single spaces). */
  eachWord(key: string, visit: (id: number) => void): void;
}

export function createWordTable(): WordTable {
  const words: string[] = [];
  let slots = new Int32Array(1 << 12).fill(-1);
  let hashes = new Int32Array(1 << 11);

  const find = (key: string, start: number, end: number, hash: number): number => {
    const mask = slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = slots[slot]!;
      if (id < 0) {
        const word = key.slice(start, end);
        slots[slot] = words.length;
        if (words.length === hashes.length) {
          const grown = new Int32Array(hashes.length * 2);
          grown.set(hashes);
          hashes = grown;
        }
        hashes[words.length] = hash;
        words.push(word);
        if (words.length * 2 > slots.length) rehash();
        return words.length - 1;
      }
      if (hashes[id] === hash && same(words[id]!, key, start, end)) return id;
    }
  };
  const rehash = () => {
    slots = new Int32Array(slots.length * 2).fill(-1);
    const mask = slots.length - 1;
    for (let id = 0; id < words.length; id++) {
      let slot = hashes[id]! & mask;
      while (slots[slot]! >= 0) slot = (slot + 1) & mask;
      slots[slot] = id;
    }
  };
  return {
    words,
    eachWord(key, visit) {
      let start = 0;
      let hash = 0x811c9dc5;
      for (let i = 0; i <= key.length; i++) {
        const code = i < key.length ? key.charCodeAt(i) : 32;
        if (code === 32) {
          if (i > start) visit(find(key, start, i, hash));
          start = i + 1;
          hash = 0x811c9dc5;
        } else hash = Math.imul(hash ^ code, 0x01000193); // FNV-1a
      }
    },
  };
}

function same(word: string, key: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== key.charCodeAt(start + i)) return false;
  return true;
}
