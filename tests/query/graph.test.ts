import { describe, expect, it } from 'vitest';
import { getEntity, mentionsOf, quotesBy, related } from '../../src/index.js';

describe('quotesBy', () => {
  it('lists the quotations of a speaker', () => {
    const quotes = quotesBy('sam-altman');
    expect(quotes.map((q) => q.id)).toContain('altman-delay-post');
    expect(quotes.every((q) => q.speaker === 'sam-altman')).toBe(true);
    expect(quotesBy('yuchen-jin').map((q) => q.id)).toEqual(['yuchen-jin-rumour-post']);
  });

  it('returns [] for an unknown id and throws a TypeError for a non-string', () => {
    expect(quotesBy('__proto__')).toEqual([]);
    expect(() => quotesBy(1 as unknown as string)).toThrow(/^quotesBy: entityId must be a string/);
  });
});

describe('mentionsOf', () => {
  it('lists the events, quotations and terms that refer to an entity', () => {
    const mentions = mentionsOf('sam-altman');
    const kinds = new Set(mentions.map((m) => m.kind));
    expect(kinds).toContain('event');
    expect(kinds).toContain('quote');
    expect(mentions.map((m) => m.id)).toContain('altman-delay-announcement');
    expect(Object.isFrozen(mentions)).toBe(true);
  });

  it('returns [] for an unknown id and throws a TypeError for a non-string', () => {
    expect(mentionsOf('constructor')).toEqual([]);
    expect(() => mentionsOf(null as unknown as string)).toThrow(/^mentionsOf: entityId must be a string/);
  });
});

describe('related', () => {
  it('gives neighbours in both directions with the relation’s name', () => {
    expect(related('sam-altman')).toContainEqual(expect.objectContaining({ relation: 'ceo-of', direction: 'out', id: 'openai' }));
    expect(related('openai')).toContainEqual(expect.objectContaining({ relation: 'ceo-of', direction: 'in', id: 'sam-altman' }));
    expect(related('kimi-k2')).toContainEqual(
      expect.objectContaining({ relation: 'developed-by', direction: 'out', id: 'moonshot-ai', entity: getEntity('moonshot-ai') }),
    );
  });

  it('returns [] for an unknown id and throws a TypeError for a non-string', () => {
    expect(related('__proto__')).toEqual([]);
    expect(() => related(undefined as unknown as string)).toThrow(/^related: entityId must be a string/);
  });
});
