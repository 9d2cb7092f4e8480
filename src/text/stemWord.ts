import { lightStem } from './lightStem.js';
import { stemEnglish } from './stemEnglish.js';

/**
 * Stems one word of a search key with the stemmer of its script: Arabic light stemming
 * (`lightStem`) or the English S-stemmer (`stemEnglish`).
 *
 * @param word - One word of `toSearchKey` output.
 * @returns Its stem.
 * @example
 * stemWord('بالذكاء') //=> 'ذكاء'
 * stemWord('chatbots') //=> 'chatbot'
 */
export function stemWord(word: string): string {
  const first = word.charCodeAt(0);
  return first >= 0x0600 && first <= 0x06ff ? lightStem(word) : stemEnglish(word);
}
