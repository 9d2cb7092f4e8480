import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { EventStatus, Lang } from '../src/index.js';
import type { EventStatusSchema, LangSchema } from '../src/schema/index.js';

describe('the zod-free types', () => {
  it('are the types the schemas infer', () => {
    expectTypeOf<Lang>().toEqualTypeOf<z.infer<typeof LangSchema>>();
    expectTypeOf<EventStatus>().toEqualTypeOf<z.infer<typeof EventStatusSchema>>();
  });
});
