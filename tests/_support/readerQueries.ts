import { QUERIES } from '../../bench/queries.js';
import { type AnyRecord, labelOf } from '../../src/_lib/records.js';

/** What a reader may type for each record: its labels whole, each word, half of it, with a letter dropped and two swapped. */
export function readerQueries(records: readonly AnyRecord[]): string[] {
  const out = new Set(QUERIES.map(([query]) => query));
  for (const item of records) {
    const { ar, en } = labelOf(item);
    for (const label of [ar, en]) {
      const short = label.slice(0, 60);
      out.add(short);
      for (const word of short.split(' ').filter((w) => w.length > 3)) {
        const mid = word.length >> 1;
        out.add(word);
        out.add(word.slice(0, mid + 1));
        out.add(word.slice(0, mid) + word.slice(mid + 1));
        out.add(word.slice(0, mid - 1) + word[mid] + word[mid - 1] + word.slice(mid + 1));
      }
    }
  }
  return [...out];
}
