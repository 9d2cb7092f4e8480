import { describe, it, expect } from 'vitest';
import { stemEnglish } from '../../src/text/stemEnglish.js';

describe('stemEnglish', () => {
  it('drops a plain -s: models → model, chatbots → chatbot, parameters → parameter', () => {
    expect(stemEnglish('models')).toBe('model');
    expect(stemEnglish('chatbots')).toBe('chatbot');
    expect(stemEnglish('parameters')).toBe('parameter');
  });

  it('turns -ies into -y: capabilities → capability', () => {
    expect(stemEnglish('capabilities')).toBe('capability');
  });

  it('keeps -eies and -aies', () => {
    expect(stemEnglish('zombeies')).toBe('zombeies');
    expect(stemEnglish('plaies')).toBe('plaies');
  });

  it('turns -es into -e: deepfakes → deepfake', () => {
    expect(stemEnglish('deepfakes')).toBe('deepfake');
  });

  it('keeps -aes, -ees and -oes', () => {
    expect(stemEnglish('algaes')).toBe('algaes');
    expect(stemEnglish('trees')).toBe('trees');
    expect(stemEnglish('heroes')).toBe('heroes');
  });

  it('keeps -ss and -us: access, status', () => {
    expect(stemEnglish('access')).toBe('access');
    expect(stemEnglish('status')).toBe('status');
  });

  it('keeps words of 3 letters or fewer: its, gas', () => {
    expect(stemEnglish('its')).toBe('its');
    expect(stemEnglish('gas')).toBe('gas');
    expect(stemEnglish('ies')).toBe('ies');
  });

  it('keeps words without a final s', () => {
    expect(stemEnglish('model')).toBe('model');
  });

  it('keeps words that are not lowercase ASCII letters', () => {
    expect(stemEnglish('نماذج')).toBe('نماذج');
    expect(stemEnglish('gpt4s')).toBe('gpt4s');
    expect(stemEnglish('Models')).toBe('Models');
    expect(stemEnglish('cafés')).toBe('cafés');
  });
});
