import { describe, expectTypeOf, it } from 'vitest';
import {
  type Entity,
  type Frozen,
  type KbEvent,
  type Lang,
  type SearchHit,
  type Term,
  getEntity,
  search,
  timeline,
  translate,
} from '../src/index.js';

describe('public types', () => {
  it('gives frozen records or undefined from lookups', () => {
    expectTypeOf(getEntity).parameter(0).toEqualTypeOf<string>();
    expectTypeOf(getEntity).returns.toEqualTypeOf<Frozen<Entity> | undefined>();
    expectTypeOf(timeline).returns.toEqualTypeOf<readonly Frozen<KbEvent>[]>();
  });

  it('narrows a search hit’s record by its kind', () => {
    const hit = search('x')[0] as SearchHit;
    if (hit.kind === 'term') expectTypeOf(hit.record).toEqualTypeOf<Frozen<Term>>();
    if (hit.kind === 'entity') expectTypeOf(hit.record.name).toEqualTypeOf<Frozen<Entity['name']>>();
  });

  it('takes only the package’s languages', () => {
    expectTypeOf<Lang>().toEqualTypeOf<'ar' | 'en'>();
    expectTypeOf(translate).parameter(1).toEqualTypeOf<Lang | undefined>();
    // @ts-expect-error: 'fr' is not a Lang
    search('x', { lang: 'fr' });
  });

  it('makes records read-only at the type level too', () => {
    const entity = getEntity('sam-altman')!;
    // @ts-expect-error: read-only
    entity.name.ar = 'x';
    // @ts-expect-error: read-only array
    entity.aliases.en.push('x');
  });
});
