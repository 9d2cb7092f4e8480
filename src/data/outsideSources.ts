import type { ExternalSource } from '../schema/source.js';

// Every fact from outside the article, with where it was checked. Nothing else outside the
// article is stated; what could not be checked (e.g. Moonshot AI's founding, Wikidata ids)
// is left out.

/** Altman's post announcing the delay, quoted in full by Interconnects. */
export const altmanPost = {
  kind: 'external',
  checked:
    'full English text of the post by @sama on X announcing the delay, posted 2025-07-12 00:59 UTC (11 July, 17:59 US Pacific)',
  where: 'https://x.com/sama/status/1943837550369812814 (quoted in full by Interconnects)',
  date: '2025-07-14',
} as const satisfies ExternalSource;

/** Yuchen Jin's post on the rumoured reason; its English wording was not verified. */
export const yuchenJinPost = {
  kind: 'external',
  checked: 'post by @Yuchenj_UW on X, posted 2025-07-13 03:21 UTC (12 July, 20:21 US Pacific); exact English wording not verified',
  where: 'https://x.com/yuchenj_uw/status/1944235634811379844',
} as const satisfies ExternalSource;

/** Kimi K2's release date, size and licence. */
export const kimiK2Readme = {
  kind: 'external',
  checked:
    'Kimi K2 by Moonshot AI: released 11 July 2025; mixture-of-experts with 1 trillion total and 32 billion activated parameters; "Modified MIT" licence',
  where: 'MoonshotAI/Kimi-K2 README',
} as const satisfies ExternalSource;

/** What OpenAI released after the article. */
export const gptOssModelCard = {
  kind: 'external',
  checked: 'gpt-oss-120b and gpt-oss-20b released by OpenAI under Apache 2.0',
  where: 'gpt-oss-120b & gpt-oss-20b Model Card, OpenAI (arXiv:2508.10925)',
} as const satisfies ExternalSource;

/** When it was released. */
export const gptOssRelease = {
  kind: 'external',
  checked: 'gpt-oss released on 5 August 2025',
  where: 'https://yourstory.com/ai-story/openai-gpt-oss-120b-20b-models-release',
} as const satisfies ExternalSource;
