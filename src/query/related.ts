import { assertString } from '../_lib/assert.js';
import type { FrozenData, RecordOf } from '../_lib/records.js';
import type { KbIndex } from '../kbIndex.js';
import type { RelationType } from '../schema/entity.js';

/** A neighbour in the entity graph: `out` when the entity asked about is the subject ("sam-altman ceo-of openai"), `in` when it is the target. */
export interface RelatedEntity {
  readonly relation: RelationType;
  readonly direction: 'out' | 'in';
  readonly id: string;
  readonly entity: RecordOf['entity'];
}

/** The entities linked to one entity, both directions; see `KnowledgeBase.related`. */
export function related(
  index: { readonly data: Pick<FrozenData, 'entities'>; readonly byId: Pick<KbIndex['byId'], 'entity'> },
  entityId: unknown,
): readonly RelatedEntity[] {
  assertString('related', 'entityId', entityId);
  const self = index.byId.entity.get(entityId);
  if (self === undefined) return Object.freeze([]);
  const out = self.relations.map((r) => ({ relation: r.type, direction: 'out' as const, id: r.target }));
  const into = index.data.entities.flatMap((other) =>
    other.relations.filter((r) => r.target === entityId).map((r) => ({ relation: r.type, direction: 'in' as const, id: other.id })),
  );
  return Object.freeze(
    [...out, ...into].map((link) => Object.freeze({ ...link, entity: index.byId.entity.get(link.id)! })),
  );
}
