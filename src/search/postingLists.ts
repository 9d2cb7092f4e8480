/**
 * The documents each key of an index occurs in, as one `Int32Array` (offsets into another):
 * filled by appending (key, posting) pairs in document order, then laid out once by a
 * counting sort. Hundreds of thousands of growing arrays would cost a large knowledge base
 * most of its build in copying and garbage collection.
 */
export interface PostingLists {
  /**
   * Every posting, key after key; a key's are there once its `start` has been asked for (an
   * unpacked index decodes a key at a time: `packSearchIndex.ts`).
   */
  readonly postings: Int32Array;
  /** Where each key's postings start, and one more: the end of the last. */
  readonly offsets: Int32Array;
  /** Where a key's postings start in `postings` (0 for a key with none, or -1). */
  start(key: number): number;
  /** Where they end (as many as `start` for a key with none). */
  end(key: number): number;
  /** How many postings a key has, without decoding them. */
  count(key: number): number;
}

export interface PostingListsBuilder {
  /** Adds a posting to a key, unless it is already that key's last one. */
  add(key: number, posting: number): void;
  build(): PostingLists;
}

const grown = (array: Int32Array, size: number, fill?: number): Int32Array => {
  const more = new Int32Array(Math.max(size, array.length * 2));
  if (fill !== undefined) more.fill(fill, array.length);
  more.set(array);
  return more;
};

/** Makes an empty builder with room for about `expected` postings before it grows. */
export function createPostingLists(expected = 4096): PostingListsBuilder {
  let keys: Int32Array = new Int32Array(Math.max(16, expected));
  let postings: Int32Array = new Int32Array(Math.max(16, expected));
  let last: Int32Array = new Int32Array(1024).fill(-1);
  let length = 0;
  let keyCount = 0;
  return {
    add(key, posting) {
      if (key >= last.length) last = grown(last, key + 1, -1);
      if (last[key] === posting) return;
      last[key] = posting;
      if (length === keys.length) {
        keys = grown(keys, length + 1);
        postings = grown(postings, length + 1);
      }
      keys[length] = key;
      postings[length++] = posting;
      if (key >= keyCount) keyCount = key + 1;
    },
    build() {
      const offsets = new Int32Array(keyCount + 1);
      for (let i = 0; i < length; i++) offsets[keys[i]! + 1]!++;
      for (let k = 0; k < keyCount; k++) offsets[k + 1]! += offsets[k]!;
      const laid = new Int32Array(length);
      const next = offsets.slice(0, keyCount);
      for (let i = 0; i < length; i++) laid[next[keys[i]!]!++] = postings[i]!;
      return postingListsOf(offsets, laid);
    },
  };
}

/** Posting lists over laid-out arrays, as `build` makes them or as a saved index holds them. */
export function postingListsOf(offsets: Int32Array, postings: Int32Array): PostingLists {
  const keyCount = offsets.length - 1;
  const known = (key: number) => key >= 0 && key < keyCount;
  return {
    postings,
    offsets,
    start: (key) => (known(key) ? offsets[key]! : 0),
    end: (key) => (known(key) ? offsets[key + 1]! : 0),
    count: (key) => (known(key) ? offsets[key + 1]! - offsets[key]! : 0),
  };
}
