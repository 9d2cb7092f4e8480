import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { tokenize } from '../../src/text/tokenize.js';
import { toSearchKey } from '../../src/text/toSearchKey.js';

describe('tokenize', () => {
  it('splits mixed Arabic and English into match-key words', () => {
    expect(tokenize('سام ألتمان، Open-Weight!')).toEqual(['سام', 'التمان', 'open', 'weight']);
  });

  it('returns an empty array for blank input instead of one empty word', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' ،… ')).toEqual([]);
  });

  it('passes loose on so مسؤول becomes مسوول', () => {
    expect(tokenize('مسؤول', { loose: true })).toEqual(['مسوول']);
    expect(tokenize('مسؤول')).toEqual(['مسؤول']);
  });

  it('never returns empty words and joins back into the key', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const words = tokenize(text);
        return words.every((w) => w !== '' && !w.includes(' ')) && words.join(' ') === toSearchKey(text);
      }),
    );
  });
});
