import { describe, expect, it } from 'vitest';
import { withinEdits } from '../../src/search/findCandidates.js';

describe('withinEdits', () => {
  it('counts a swap of two neighbouring letters as one edit', () => {
    expect(withinEdits('tallinn', 'talilnn', 1)).toBe(true);
    expect(withinEdits('الحديثة', 'الحدیثة'.replace('ی', 'ي'), 0)).toBe(true);
    expect(withinEdits('يستمعون', 'يستعمون', 1)).toBe(true);
  });

  it('refuses words further apart than the allowance', () => {
    expect(withinEdits('kuala', 'lumpur', 2)).toBe(false);
    expect(withinEdits('abc', 'abcdef', 2)).toBe(false);
    expect(withinEdits('ماراثي', 'داراثذ', 1)).toBe(false);
    expect(withinEdits('ماراثي', 'داراثذ', 2)).toBe(true);
  });
});
