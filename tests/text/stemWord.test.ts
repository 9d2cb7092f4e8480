import { describe, expect, it } from 'vitest';
import { stemWord } from '../../src/text/stemWord.js';

describe('stemWord', () => {
  it('light-stems an Arabic word: بالذكاء → ذكاء, للنموذج → نموذج', () => {
    expect(stemWord('بالذكاء')).toBe('ذكاء');
    expect(stemWord('للنموذج')).toBe('نموذج');
  });

  it('S-stems an English word: chatbots → chatbot, capabilities → capability', () => {
    expect(stemWord('chatbots')).toBe('chatbot');
    expect(stemWord('capabilities')).toBe('capability');
  });

  it('leaves digits and short words alone', () => {
    expect(stemWord('2025')).toBe('2025');
    expect(stemWord('k2')).toBe('k2');
  });
});
