import { describe, expect, it } from 'vitest';
import { EVENT_STATUSES, LANGS } from '../src/enums.js';
import { EventStatusSchema, LangSchema } from '../src/schema/index.js';

describe('the closed lists', () => {
  it('are frozen, so no caller can add a language or a status for everyone (R10)', () => {
    expect(Object.isFrozen(LANGS)).toBe(true);
    expect(Object.isFrozen(EVENT_STATUSES)).toBe(true);
    expect(() => (LANGS as unknown as string[]).push('fr')).toThrow(TypeError);
  });

  it('are the values the schemas accept', () => {
    expect(LangSchema.options).toEqual([...LANGS]);
    expect(EventStatusSchema.options).toEqual([...EVENT_STATUSES]);
  });
});
