import { assertString } from '../_lib/assert.js';

/**
 * Looks a record up by id in one collection's id map: the record, or `undefined` for an
 * unknown id (ids such as `__proto__` or `constructor` included: the ids live in a `Map`).
 * A non-string id is a `TypeError` naming the public function `fn`. It needs the id map
 * alone, so an app that only reads records by id bundles no search engine.
 */
export function getRecord<T>(byId: ReadonlyMap<string, T>, fn: string, id: unknown): T | undefined {
  assertString(fn, 'id', id);
  return byId.get(id);
}
