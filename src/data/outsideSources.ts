import type { ExternalSource } from '../schema/source.js';

// Every fact from outside the article, with where it was checked. Nothing else outside the
// article is stated; what could not be checked (e.g. a Wikidata item for Kimi K2 or Llama 3,
// or that gpt-oss is the very model delayed in July) is left out.

/** Altman's post announcing the delay: its full text and the instant it was posted. */
export const altmanPost = {
  kind: 'external',
  checked:
    'full English text of the post by @sama on X announcing the delay, posted 2025-07-12 00:59 UTC (11 July, 17:59 US Pacific; decoded from the status id)',
  where:
    'https://x.com/sama/status/1943837550369812814 (full text quoted in press reports of 12 July 2025: The Times of India; India Today)',
  date: '2025-07-12',
} as const satisfies ExternalSource;

/** Yuchen Jin's post on the rumoured reason; its English wording was not verified. */
export const yuchenJinPost = {
  kind: 'external',
  checked: 'post by @Yuchenj_UW on X, posted 2025-07-13 03:21 UTC (12 July, 20:21 US Pacific); exact English wording not verified',
  where: 'https://x.com/yuchenj_uw/status/1944235634811379844',
} as const satisfies ExternalSource;

/** Kimi K2's size, architecture and licence (the README gives no release date). */
export const kimiK2Readme = {
  kind: 'external',
  checked:
    'Kimi K2 by Moonshot AI: mixture-of-experts with 1 trillion total and 32 billion activated parameters; code and weights under a "Modified MIT" licence',
  where: 'https://github.com/MoonshotAI/Kimi-K2 README.md (initial commit d778e27 and commit c6157be)',
} as const satisfies ExternalSource;

/** Kimi K2's release date: the repository's first commit. */
export const kimiK2FirstCommit = {
  kind: 'external',
  checked: 'Kimi K2 released on 11 July 2025: the repository\'s initial commit is dated 2025-07-11 22:28 +0800 (14:28 UTC)',
  where: 'https://github.com/MoonshotAI/Kimi-K2/commit/d778e270ff3551ef3e42a085dd474760501a95b7',
  date: '2025-07-11',
} as const satisfies ExternalSource;

/** Moonshot AI's founding and seat, and its Wikidata item. */
export const moonshotAiWikipedia = {
  kind: 'external',
  checked: 'Moonshot AI: founded March 2023; headquarters Beijing; Wikidata item Q130270266 (the article\'s own Wikidata link)',
  where: 'English Wikipedia, "Moonshot AI" (revision 1300485405)',
} as const satisfies ExternalSource;

/** ChatGPT is OpenAI's chatbot. */
export const chatgptIntroduction = {
  kind: 'external',
  checked: 'ChatGPT is a chatbot developed and launched by OpenAI on 30 November 2022',
  where: 'OpenAI, "Introducing ChatGPT", https://openai.com/blog/chatgpt',
  date: '2022-11-30',
} as const satisfies ExternalSource;

/** OpenAI had published open weights before: GPT-2, 2019. */
export const gpt2Weights = {
  kind: 'external',
  checked: 'OpenAI published the weights of GPT-2 in 2019; gpt-oss (5 August 2025) was its first open-weight release since then',
  where: 'https://particle.news/story/openai-unveils-first-open-weight-models-since-gpt-2-run-on-common-hardware',
} as const satisfies ExternalSource;

/** Press on this very delay calling Altman the head of the maker of ChatGPT. */
export const indiaTodayDelay = {
  kind: 'external',
  checked: 'Sam Altman is the CEO of OpenAI, "the ChatGPT-maker", which delayed its open-weight model again',
  where: 'https://www.indiatoday.in/technology/news/story/openai-delays-open-ai-model-again-2754754-2025-07-12',
  date: '2025-07-12',
} as const satisfies ExternalSource;

/** When Meta's hiring of OpenAI researchers was reported. */
export const metaHiresReport = {
  kind: 'external',
  checked:
    'Meta hired the OpenAI researchers Lucas Beyer, Alexander Kolesnikov and Xiaohua Zhai (OpenAI\'s Zurich office), as The Wall Street Journal reported late on 25 June 2025; OpenAI confirmed they had left',
  where: 'https://www.pymnts.com/meta/2025/meta-reportedly-hires-away-3-researchers-from-openai/',
  date: '2025-06-26',
} as const satisfies ExternalSource;

/** Meta's newest open-weight family at the time of the article. */
export const llama4Release = {
  kind: 'external',
  checked: 'Meta released Llama 4 (Scout and Maverick), open-weight models, on 5 April 2025: at the time of the article its newest open-weight family, not Llama 3',
  where: 'https://jusznews.in/2025/04/06/zuckerbergs-meta-unveils-llama-4-ai-models-in-fierce-competition/',
  date: '2025-04-06',
} as const satisfies ExternalSource;

/** What OpenAI released after the article. */
export const gptOssModelCard = {
  kind: 'external',
  checked: 'gpt-oss-120b and gpt-oss-20b released by OpenAI as open-weight models under Apache 2.0',
  where: 'gpt-oss-120b & gpt-oss-20b Model Card, OpenAI (arXiv:2508.10925); https://github.com/openai/gpt-oss README',
  date: '2025-08-05',
} as const satisfies ExternalSource;

/** When it was released. */
export const gptOssRelease = {
  kind: 'external',
  checked: 'gpt-oss released on 5 August 2025 under the Apache 2.0 licence',
  where: 'https://yourstory.com/ai-story/openai-gpt-oss-120b-20b-models-release',
} as const satisfies ExternalSource;

// The Wikidata items of the entities that have one. Each id was seen in independent public
// files that use it (schema.org `sameAs` links, Wikidata API fixtures, Wikipedia's own item
// link), not read on wikidata.org itself. Plain literals, so that a bundler drops them with
// the records they belong to.
/** The Wikidata item of openai. */
export const wikidataOpenAi = {
  kind: 'external',
  checked: 'Wikidata item Q21708200 is OpenAI, "American artificial intelligence research organization"',
  where: 'https://www.wikidata.org/entity/Q21708200 (id seen in several independent public files: schema.org sameAs for OpenAI, "Creator of ChatGPT"; Wikidata search fixtures labelled "OpenAI"; its label may since have moved to the OpenAI Foundation; not read on wikidata.org itself)',
} as const satisfies ExternalSource;

/** The Wikidata item of sam-altman. */
export const wikidataSamAltman = {
  kind: 'external',
  checked: 'Wikidata item Q7407093 is Sam Altman',
  where: 'https://www.wikidata.org/entity/Q7407093 (id seen in independent public files: Wikidata search fixtures labelled "Sam Altman"; schema.org sameAs for https://x.com/sama; not read on wikidata.org itself)',
} as const satisfies ExternalSource;

/** The Wikidata item of meta. */
export const wikidataMeta = {
  kind: 'external',
  checked: 'Wikidata item Q380 is Meta Platforms',
  where: 'https://www.wikidata.org/entity/Q380 (id seen in independent public files: company lists and schema.org sameAs labelled "Meta Platforms"; not read on wikidata.org itself)',
} as const satisfies ExternalSource;

/** The Wikidata item of mark-zuckerberg. */
export const wikidataMarkZuckerberg = {
  kind: 'external',
  checked: 'Wikidata item Q36215 is Mark Zuckerberg',
  where: 'https://www.wikidata.org/entity/Q36215 (id seen in independent public files: entity-linking test cases and a Wikipedia-extract fixture for "Mark Elliot Zuckerberg"; not read on wikidata.org itself)',
} as const satisfies ExternalSource;

/** The Wikidata item of chatgpt. */
export const wikidataChatGpt = {
  kind: 'external',
  checked: 'Wikidata item Q115564437 is ChatGPT',
  where: 'https://www.wikidata.org/entity/Q115564437 (id seen in independent public files: schema.org SoftwareApplication sameAs and page-view fixtures labelled "ChatGPT"; not read on wikidata.org itself)',
} as const satisfies ExternalSource;

/** The Wikidata item of moonshot-ai. */
export const wikidataMoonshotAi = {
  kind: 'external',
  checked: 'Wikidata item Q130270266 is Moonshot AI',
  where: 'https://www.wikidata.org/entity/Q130270266 (id seen in English Wikipedia\'s own Wikidata link for "Moonshot AI" and schema.org sameAs for Moonshot AI; not read on wikidata.org itself)',
} as const satisfies ExternalSource;

/** The English original of the article, as far as it could be read. */
export const englishOriginal = {
  kind: 'external',
  checked:
    'English original "OpenAI Hits Pause on Its Meta Killer", paragraphs 1–10 readable in republished copies (undated; first publisher not established)',
  where: 'https://gokawiil.com/article/40630; https://hetnuoc.com/blogs/60848/OpenAI-Halts-Progress-on-Its-Competitor-to-Meta',
} as const satisfies ExternalSource;
