import { assertString } from '../_lib/assert.js';
import type { AnyRecord } from '../_lib/records.js';
import type { KbIndex } from '../kbIndex.js';

/** A record that refers to an entity. */
export type Mention = Extract<AnyRecord, { kind: 'event' | 'quote' | 'term' }>;

/** Whether a record refers to the entity: as a participant, the speaker, or a related entity. */
function refersTo(item: AnyRecord, id: string): boolean {
  switch (item.kind) {
    case 'event':
      return item.record.participants.includes(id);
    case 'quote':
      return item.record.speaker === id;
    case 'term':
      return item.record.relatedEntities.includes(id);
    case 'entity':
      return false;
  }
}

/** The events, quotations and terms that refer to an entity; see `KnowledgeBase.mentionsOf`. */
export function mentionsOf(index: Pick<KbIndex, 'records'>, entityId: unknown): readonly Mention[] {
  assertString('mentionsOf', 'entityId', entityId);
  return Object.freeze(index.records.filter((item): item is Mention => refersTo(item, entityId)));
}
