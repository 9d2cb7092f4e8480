import { describe, expect, it } from 'vitest';
import { FSI, PDI, isolate } from '../../src/format/index.js';
import { getEntity } from '../../src/index.js';

const show = (text: string) => text.replaceAll(FSI, '⟨').replaceAll(PDI, '⟩');

describe('isolate', () => {
  it('wraps Latin names inside Arabic, digits and spaces of the name included', () => {
    expect(show(isolate('أطلقت Moonshot AI نموذج Kimi K2.', 'ar'))).toBe('أطلقت ⟨Moonshot AI⟩ نموذج ⟨Kimi K2⟩.');
    expect(show(isolate('تتفوق Meta بنموذج Llama 3 في 2025', 'ar'))).toBe('تتفوق ⟨Meta⟩ بنموذج ⟨Llama 3⟩ في 2025');
    expect(show(isolate('gpt-oss-120b', 'ar'))).toBe('⟨gpt-oss-120b⟩');
  });

  it('keeps the @ of a handle inside the run and the punctuation after it outside', () => {
    expect(show(isolate('كتب @sama: «تأجيل»', 'ar'))).toBe('كتب ⟨@sama⟩: «تأجيل»');
  });

  it('wraps Arabic runs inside English, diacritics included', () => {
    expect(show(isolate('The article writes التَّعهيد المفتوح, not فتح المصدر.', 'en'))).toBe('The article writes ⟨التَّعهيد المفتوح⟩, not ⟨فتح المصدر⟩.');
  });

  it('leaves text of its own direction alone', () => {
    expect(isolate('سام ألتمان', 'ar')).toBe('سام ألتمان');
    expect(isolate('Sam Altman', 'en')).toBe('Sam Altman');
  });

  it('is idempotent: isolated runs are not wrapped again', () => {
    const once = isolate(getEntity('moonshot-ai')!.description.ar, 'ar');
    expect(once).toContain(FSI);
    expect(isolate(once, 'ar')).toBe(once);
  });

  it('throws a TypeError naming the function and argument', () => {
    expect(() => isolate(42 as never, 'ar')).toThrow(new TypeError('isolate: text must be a string, got number 42'));
    expect(() => isolate('x', 'fa' as never)).toThrow("isolate: lang must be 'ar' or 'en'");
  });
});
