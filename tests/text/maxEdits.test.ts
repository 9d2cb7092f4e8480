import { describe, it, expect } from 'vitest';
import { maxEdits } from '../../src/text/maxEdits.js';

describe('maxEdits', () => {
  it('allows no typo in words of up to 3 letters, so سام never matches سلم', () => {
    expect(maxEdits(0)).toBe(0);
    expect(maxEdits(1)).toBe(0);
    expect(maxEdits(3)).toBe(0);
  });

  it('allows one typo in words of 4 to 6 letters', () => {
    expect(maxEdits(4)).toBe(1);
    expect(maxEdits(6)).toBe(1);
  });

  it('allows two typos from 7 letters on', () => {
    expect(maxEdits(7)).toBe(2);
    expect(maxEdits(40)).toBe(2);
  });

  it('allows none for a negative or NaN length', () => {
    expect(maxEdits(-1)).toBe(0);
    expect(maxEdits(Number.NaN)).toBe(0);
  });
});
