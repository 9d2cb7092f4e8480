import { assertString } from '../_lib/assert.js';
import type { RecordKind, RecordOf } from '../_lib/records.js';
import type { KbIndex } from '../kbIndex.js';

/**
 * Looks a record up by id in one collection: the record, or `undefined` for an unknown id
 * (ids such as `__proto__` or `constructor` included: the ids live in a `Map`).
 * A non-string id is a `TypeError` naming the public function `fn`.
 */
export function getRecord<K extends RecordKind>(index: KbIndex, kind: K, fn: string, id: unknown): RecordOf[K] | undefined {
  assertString(fn, 'id', id);
  return index.byId[kind].get(id) as RecordOf[K] | undefined;
}
